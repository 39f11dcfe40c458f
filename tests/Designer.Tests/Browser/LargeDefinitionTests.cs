using System.Diagnostics;
using Microsoft.Playwright;
using Mpp.Workflows.Designer.Definitions;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// A 200-activity route opens with every node and connection drawn in under a second (the figure is printed), and select →
/// move → edit → live validation takes not much longer than on a 10-activity route measured in the same run (a ratio, as
/// absolute timings of interactions on this machine are noise).
/// </summary>
[Collection(DesignerBrowserCollection.Name)]
public sealed class LargeDefinitionTests(BrowserHost host, Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>
    /// Per-interaction costs that grow with the route (re-rendering every node, quadratic validation) push the ratio far past
    /// this; fixed costs (the circuit round trips) keep an honest implementation well under it.
    /// </summary>
    private const double MaxSlowdown = 6;

    private const int Rounds = 3;

    /// <summary>The bar: a 100-task route took 270 ms to draw; 200 steps must stay under a second.</summary>
    private static readonly TimeSpan MaxDraw = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Installed before the page's own scripts: notes, in milliseconds since the navigation began (performance.now()), when
    /// the circuit's WebSocket opened (from then on the server loads, checks and lays out the route and the browser draws it),
    /// when the first step appeared on the canvas, and when the number of steps or of drawn connections (a link with its path
    /// computed, i.e. after the browser measured the ports) last changed — once the test sees them all, the time drawing ended.
    /// </summary>
    private const string DrawWatch = """
        (() => {
            const state = window.__draw = { connected: null, first: null, done: null, nodes: 0, links: 0 };
            const Socket = window.WebSocket;
            window.WebSocket = function (...args) {
                const socket = new Socket(...args);
                socket.addEventListener('open', () => { if (state.connected === null) { state.connected = performance.now(); } });
                return socket;
            };
            window.WebSocket.prototype = Socket.prototype;
            Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
            const look = () => {
                const nodes = document.querySelectorAll('[data-testid=canvas] .node[data-activity]').length;
                const links = Array.from(document.querySelectorAll('[data-testid=canvas] .diagram-link'))
                    .filter(l => Array.from(l.querySelectorAll('path')).some(p => (p.getAttribute('d') || '').length > 0)).length;
                if (nodes > 0 && state.first === null) { state.first = performance.now(); }
                if (nodes !== state.nodes || links !== state.links) {
                    state.nodes = nodes; state.links = links; state.done = performance.now();
                }
            };
            new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['d'] });
        })();
        """;

    /// <summary>
    /// A chain of human tasks laid out in rows of ten:
    /// <code>
    /// start ─Done─▶ task-1 ─Lanjut─▶ task-2 ─Lanjut─▶ … ─Lanjut─▶ task-(n-2) ─Lanjut─▶ end-izin (the permit) ─Done─▶ end
    /// </code>
    /// <paramref name="activities"/> steps and the permit step (<see cref="TestRoutes.WithPermit(JsonObject)"/>), listed last.
    /// </summary>
    internal static JsonObject Chain(string definitionId, int activities)
    {
        var nodes = new JsonArray();
        var connections = new JsonArray();
        string Id(int i) => i == 0 ? "start" : i == activities - 1 ? "end" : $"task-{i.ToString(CultureInfo.InvariantCulture)}";
        JsonObject Literal(string typeName, JsonNode value) => new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
        for (var i = 0; i < activities; i++)
        {
            var activity = new JsonObject
            {
                ["id"] = Id(i),
                ["type"] = i == 0 ? "Elsa.Start" : i == activities - 1 ? "Elsa.End" : "Mpp.HumanTask",
                ["name"] = i == 0 ? "Mulai" : i == activities - 1 ? "Selesai" : $"Langkah {i.ToString(CultureInfo.InvariantCulture)}",
                ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = 40 + (i % 10 * 220), ["y"] = 40 + (i / 10 * 160) } } },
            };
            if (i == activities - 1)
            {
                activity["result"] = Literal("String", "Approved");
            }
            else if (i > 0)
            {
                activity["office"] = Literal("String", "DPMPTSP");
                activity["role"] = Literal("String", "Reviewer");
                activity["title"] = Literal("String", $"Periksa langkah {i.ToString(CultureInfo.InvariantCulture)}");
                activity["outcomes"] = new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = new JsonArray("Lanjut") } };
                activity["slaDays"] = Literal("Int32", 1);
            }

            nodes.Add(activity);
            if (i > 0)
            {
                connections.Add(new JsonObject
                {
                    ["source"] = new JsonObject { ["activity"] = Id(i - 1), ["port"] = i == 1 ? "Done" : "Lanjut" },
                    ["target"] = new JsonObject { ["activity"] = Id(i), ["port"] = "In" },
                });
            }
        }

        var route = TestRoutes.WithPermit(new JsonObject
        {
            ["schemaVersion"] = 1,
            ["definitionId"] = definitionId,
            ["name"] = $"Uji beban {activities.ToString(CultureInfo.InvariantCulture)} aktivitas",
            ["version"] = 1,
            ["inputs"] = new JsonArray(new JsonObject { ["name"] = "nama", ["type"] = "String", ["displayName"] = "Nama", ["required"] = true }),
            ["options"] = new JsonObject { ["serviceCode"] = ServiceCode(definitionId), ["slaDays"] = 400 },
            ["root"] = new JsonObject { ["type"] = "Elsa.Flowchart", ["id"] = "flow", ["activities"] = nodes, ["connections"] = connections },
        });

        // The permit step takes the next place of the grid, after the end.
        nodes.Single(n => (string?)n!["id"] == "end-izin")!["metadata"] = new JsonObject
        {
            ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = 40 + (activities % 10 * 220), ["y"] = 40 + (activities / 10 * 160) } },
        };
        return route;
    }

    /// <summary>A service code of the route's own (another published route's code is refused): its id's letters and digits.</summary>
    private static string ServiceCode(string definitionId)
    {
        var code = string.Concat(definitionId.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();
        if (code.Length <= 10)
        {
            return code;
        }

        var hash = definitionId.Aggregate(2166136261u, (h, c) => (h ^ c) * 16777619u);
        return code[..6] + (hash % 10000).ToString("D4", CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task TwoHundredActivities_DrawInUnderASecond_AndStayAsResponsiveAsTen()
    {
        var editor = host.Services.GetRequiredService<DefinitionEditor>();
        await editor.SaveDraftAsync("load-10", Chain("load-10", 10), CancellationToken.None);
        await editor.SaveDraftAsync("load-200", Chain("load-200", 200), CancellationToken.None);
        var page = await host.SignedInPageAsync("analyst");
        await page.AddInitScriptAsync(DrawWatch);

        var (smallDraw, small) = await MeasureAsync(page, "load-10", 10);
        var (largeDraw, large) = await MeasureAsync(page, "load-200", 200);
        await BrowserHost.ScreenshotAsync(page, "13-designer-200-activities");

        var ratio = large.TotalMilliseconds / small.TotalMilliseconds;
        output.WriteLine($"200 activities drawn in {largeDraw.Route.TotalMilliseconds:F0} ms from the circuit's connection to the last connection on "
            + $"the canvas ({largeDraw.Drawing.TotalMilliseconds:F0} ms of it from the first step on screen; {largeDraw.Total.TotalMilliseconds:F0} ms "
            + $"since the navigation began, page and circuit start included). 10 activities: {smallDraw.Route.TotalMilliseconds:F0} ms "
            + $"({smallDraw.Drawing.TotalMilliseconds:F0} ms; {smallDraw.Total.TotalMilliseconds:F0} ms).");
        output.WriteLine($"Select, move and edit: 10 activities: {small.TotalMilliseconds:F0} ms, 200 activities: {large.TotalMilliseconds:F0} ms (×{ratio:F1})");
        Assert.True(
            largeDraw.Route < MaxDraw,
            $"200 activities took {largeDraw.Route.TotalMilliseconds:F0} ms from the circuit's connection to be drawn (at most {MaxDraw.TotalMilliseconds:F0} ms)");
        Assert.True(
            ratio <= MaxSlowdown,
            $"select, move and edit took {large.TotalMilliseconds:F0} ms on 200 activities, {small.TotalMilliseconds:F0} ms on 10 (×{ratio:F1}, at most ×{MaxSlowdown})");
    }

    /// <summary>
    /// Opens the route and reads how long it took to draw (<see cref="DrawWatch"/>), then the fastest of a few rounds of select →
    /// move → edit with its validation round trip.
    /// </summary>
    private static async Task<(DrawTimes Draw, TimeSpan Interaction)> MeasureAsync(IPage page, string definitionId, int activities)
    {
        await page.GotoAsync($"/designer/{definitionId}");
        var canvas = page.GetByTestId("canvas");
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(canvas.Locator("[data-activity]")).ToHaveCountAsync(activities + 1);
        await Assertions.Expect(canvas.Locator(".diagram-link")).ToHaveCountAsync(activities);
        var watched = await page.EvaluateAsync<DrawWatchState>("() => window.__draw");
        await Poll.UntilAsync(
            async () => (watched = await page.EvaluateAsync<DrawWatchState>("() => window.__draw")).Nodes == activities + 1 && watched.Links == activities,
            TimeSpan.FromSeconds(30),
            () => Task.FromResult($"{definitionId}: the canvas shows {watched.Nodes} steps and {watched.Links} drawn connections"));
        Assert.True(watched.Connected is not null, $"{definitionId}: the circuit's WebSocket was not seen opening");
        var draw = new DrawTimes(
            TimeSpan.FromMilliseconds(watched.Done!.Value),
            TimeSpan.FromMilliseconds(watched.Done.Value - watched.Connected!.Value),
            TimeSpan.FromMilliseconds(watched.Done.Value - watched.First!.Value));

        await InteractAsync(page, "task-3");
        var best = TimeSpan.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            await InteractAsync(page, round % 2 == 0 ? "task-2" : "task-3");
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return (draw, best);
    }

    /// <summary>
    /// From the navigation to the route fully drawn (page, scripts and circuit start included); the part of it from the circuit's
    /// connection (the route loaded, checked, laid out and drawn); and the part from the first step on screen.
    /// </summary>
    private sealed record DrawTimes(TimeSpan Total, TimeSpan Route, TimeSpan Drawing);

    /// <summary><see cref="DrawWatch"/>'s notes, in milliseconds since the navigation began.</summary>
    public sealed class DrawWatchState
    {
        public double? Connected { get; set; }
        public double? First { get; set; }
        public double? Done { get; set; }
        public int Nodes { get; set; }
        public int Links { get; set; }
    }

    private static async Task InteractAsync(IPage page, string activityId)
    {
        var node = page.GetByTestId("canvas").Locator($"[data-activity='{activityId}']");
        await node.Locator(".label").ClickAsync();
        await Assertions.Expect(page.Locator("#prop-id")).ToHaveValueAsync(activityId);

        var before = (await node.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(before.X + 20, before.Y + 30);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(before.X + 40, before.Y + 45, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        // Checked every 10 ms: this wait is part of the interaction MeasureAsync times.
        await Poll.UntilAsync(
            async () => (await node.BoundingBoxAsync())!.X >= before.X + 15,
            TimeSpan.FromSeconds(15),
            () => Task.FromResult($"{activityId} did not follow the mouse"),
            TimeSpan.FromMilliseconds(10));

        await page.Locator("#prop-office").SelectOptionAsync(string.Empty);
        await Assertions.Expect(node).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("has-error"));
        await page.Locator("#prop-office").SelectOptionAsync("DPMPTSP");
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();
    }
}
