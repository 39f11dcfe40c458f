using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Mpp.Workflows.Designer.Definitions;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The studio as a diagram tool, at 1280 px: layered layout, fit to the whole route, search, copy and paste, undo of a
/// delete and of a move, drops that never overlap, the keyboard alone (select, connect, delete, announced), and a publish
/// that asks first and shows the difference. Each test opens a route of its own (<see cref="LargeDefinitionTests.Chain"/>),
/// and each checks axe-core finds nothing serious or critical on what it shows.
/// </summary>
[Collection(DesignerBrowserCollection.Name)]
public sealed partial class DesignerEditingTests(BrowserHost host)
{
    private const string Steps = "[data-testid=canvas] [data-activity]";

    [Fact]
    public async Task TidyLayout_PutsEachStepBelowTheOneBefore_AndUndoPutsThemBack()
    {
        var page = await OpenAsync("edit-tidy", 6);
        var before = await BoxesAsync(page);
        Assert.Single(before.Values.Select(b => Math.Round(b.Y)).Distinct());

        await page.GetByRole(AriaRole.Button, new() { Name = "Rapikan tata letak" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("announcer")).ToHaveTextAsync("Tata letak dirapikan.");
        await Poll.UntilAsync(
            async () => InLayers(await BoxesAsync(page)),
            TimeSpan.FromSeconds(15),
            async () => $"not laid out in layers: {Describe(await BoxesAsync(page))}");
        AssertNoOverlap(await BoxesAsync(page));
        await AssertAxeCleanAsync(page, "tidy");
        await BrowserHost.ScreenshotAsync(page, "20-designer-tidy");

        await page.GetByRole(AriaRole.Button, new() { Name = "Urungkan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("announcer")).ToHaveTextAsync("Diurungkan: Tata letak dirapikan.");
        await Poll.UntilAsync(
            async () => (await BoxesAsync(page)).Values.Select(b => Math.Round(b.Y)).Distinct().Count() == 1,
            TimeSpan.FromSeconds(15),
            async () => $"not back in one row: {Describe(await BoxesAsync(page))}");
    }

    [Fact]
    public async Task Fit_ShowsEveryStep_EvenWithAStepSelected()
    {
        var page = await OpenAsync("edit-fit", 60); // and its permit step: 61 steps
        await page.Locator("[data-activity='task-12'] .label").ClickAsync();
        await Assertions.Expect(page.Locator("#prop-id")).ToHaveValueAsync("task-12");

        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan seluruh rute" }).ClickAsync();

        var canvas = (await page.GetByTestId("canvas").BoundingBoxAsync())!;
        await Poll.UntilAsync(
            async () => (await BoxesAsync(page)).Values.All(b => Inside(b, canvas)),
            TimeSpan.FromSeconds(15),
            async () => $"outside the canvas {canvas.X},{canvas.Y} {canvas.Width}×{canvas.Height}: "
                + Describe((await BoxesAsync(page)).Where(b => !Inside(b.Value, canvas)).ToDictionary()));
        await Assertions.Expect(page.Locator("svg.minimap .navigator-node")).ToHaveCountAsync(61);
        await AssertAxeCleanAsync(page, "fit");
        await BrowserHost.ScreenshotAsync(page, "21-designer-fit");
    }

    [Fact]
    public async Task Search_HighlightsTheMatch_SelectsIt_AndCentresIt()
    {
        var page = await OpenAsync("edit-search", 60);

        await page.GetByLabel("Cari langkah").FillAsync("langkah 47");

        var match = page.Locator("[data-activity='task-47']");
        await Assertions.Expect(match).ToHaveClassAsync(new Regex(@"\bmatch\b"));
        await Assertions.Expect(page.Locator("#prop-id")).ToHaveValueAsync("task-47");
        await Assertions.Expect(page.GetByTestId("search-status")).ToHaveTextAsync("Ditemukan 1 dari 1: Langkah 47");
        await Assertions.Expect(page.Locator(".node.match")).ToHaveCountAsync(1);
        var canvas = (await page.GetByTestId("canvas").BoundingBoxAsync())!;
        await Poll.UntilAsync(
            async () => (await match.BoundingBoxAsync()) is { } box
                && Math.Abs(box.X + (box.Width / 2) - (canvas.X + (canvas.Width / 2))) < 30
                && Math.Abs(box.Y + (box.Height / 2) - (canvas.Y + (canvas.Height / 2))) < 30,
            TimeSpan.FromSeconds(15),
            async () => $"task-47 is at {(await match.BoundingBoxAsync())?.X},{(await match.BoundingBoxAsync())?.Y}, not in the middle of the canvas");
        await AssertAxeCleanAsync(page, "search");

        // With the one match no longer selected, "Berikutnya" selects it again, as a diagram tool's find does.
        await page.Locator("[data-activity='task-46'] .label").ClickAsync();
        await Assertions.Expect(page.Locator("#prop-id")).ToHaveValueAsync("task-46");
        var next = page.GetByRole(AriaRole.Button, new() { Name = "Berikutnya" });
        await Assertions.Expect(next).ToBeEnabledAsync();
        await next.ClickAsync();
        await Assertions.Expect(page.Locator("#prop-id")).ToHaveValueAsync("task-47");
        await Assertions.Expect(page.GetByTestId("search-status")).ToHaveTextAsync("Ditemukan 1 dari 1: Langkah 47");

        await page.GetByLabel("Cari langkah").FillAsync("tidak ada");
        await Assertions.Expect(next).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByTestId("search-status")).ToHaveTextAsync("Tidak ada langkah bernama \"tidak ada\".");
        await Assertions.Expect(page.Locator(".node.match")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task CopyPaste_MakesTheStepWithItsSettings_UnderANewId_BesideTheOthers()
    {
        var page = await OpenAsync("edit-copy", 5);
        await page.Locator("[data-activity='task-2'] .label").ClickAsync();
        await Assertions.Expect(page.Locator("#prop-id")).ToHaveValueAsync("task-2");

        await page.Keyboard.PressAsync("Control+c");
        await Assertions.Expect(page.GetByTestId("announcer")).ToHaveTextAsync("1 langkah disalin.");
        await page.Keyboard.PressAsync("Control+v");

        var copy = page.Locator("[data-activity='task-4']");
        await Assertions.Expect(copy).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#prop-id")).ToHaveValueAsync("task-4");
        await Assertions.Expect(page.Locator("#prop-name")).ToHaveValueAsync("Langkah 2");
        await Assertions.Expect(page.Locator("#prop-office")).ToHaveValueAsync("DPMPTSP");
        await Assertions.Expect(page.Locator("#prop-role")).ToHaveValueAsync("Reviewer");
        await Assertions.Expect(copy.Locator("[data-port='Lanjut']")).ToBeVisibleAsync();
        AssertNoOverlap(await BoxesAsync(page));

        // A second paste lands elsewhere again, with the next id.
        await page.GetByRole(AriaRole.Button, new() { Name = "Tempel" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-activity='task-5']")).ToBeVisibleAsync();
        AssertNoOverlap(await BoxesAsync(page));
        await AssertAxeCleanAsync(page, "paste");
        await BrowserHost.ScreenshotAsync(page, "22-designer-paste");
    }

    [Fact]
    public async Task Delete_IsUndoneWithCtrlZ_WithItsConnections_AndRedoneWithCtrlY()
    {
        var page = await OpenAsync("edit-delete", 5);
        var links = page.Locator("[data-testid=canvas] .diagram-link");
        await Assertions.Expect(links).ToHaveCountAsync(5);
        await page.Locator("[data-activity='task-2'] .label").ClickAsync();

        await page.Keyboard.PressAsync("Delete");
        await Assertions.Expect(page.Locator("[data-activity='task-2']")).ToHaveCountAsync(0);
        await Assertions.Expect(links).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("announcer")).ToHaveTextAsync("Langkah Langkah 2 dihapus.");

        await page.Keyboard.PressAsync("Control+z");
        await Assertions.Expect(page.Locator("[data-activity='task-2']")).ToHaveCountAsync(1);
        await Assertions.Expect(links).ToHaveCountAsync(5);
        await Assertions.Expect(page.GetByTestId("announcer")).ToHaveTextAsync("Diurungkan: Langkah Langkah 2 dihapus.");
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Control+y");
        await Assertions.Expect(page.Locator("[data-activity='task-2']")).ToHaveCountAsync(0);
        await Assertions.Expect(links).ToHaveCountAsync(3);
    }

    [Fact]
    public async Task Drops_NeverLandOnAnotherStep_AndAMoveIsUndone()
    {
        var page = await OpenAsync("edit-drop", 5);
        var target = page.Locator("[data-activity='task-2']");
        var box = (await target.BoundingBoxAsync())!;
        var canvas = (await page.GetByTestId("canvas").BoundingBoxAsync())!;

        // A new step dropped right on task-2.
        await page.Locator("[data-palette='Mpp.HumanTask']").DragToAsync(page.GetByTestId("canvas"), new()
        {
            TargetPosition = new() { X = (float)(box.X - canvas.X + 10), Y = (float)(box.Y - canvas.Y + 10) },
        });
        await Assertions.Expect(page.Locator("[data-activity='tugas-petugas']")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("announcer")).ToContainTextAsync("ditambahkan");
        AssertNoOverlap(await BoxesAsync(page));
        Assert.Equal("task-2", await OwnerOfPortAsync(page, "task-2", "Lanjut"));

        // task-1 dragged onto task-2 goes beside it, and Ctrl+Z puts it back where it was.
        var moved = page.Locator("[data-activity='task-1']");
        var from = (await moved.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(from.X + 20, from.Y + 30);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + 25, box.Y + 35, new() { Steps = 10 });
        await page.Mouse.UpAsync();
        await Assertions.Expect(page.GetByTestId("announcer")).ToHaveTextAsync(new Regex("Langkah Langkah 1 digeser ke tempat kosong"));
        AssertNoOverlap(await BoxesAsync(page));
        Assert.Equal("task-2", await OwnerOfPortAsync(page, "task-2", "Lanjut"));
        await AssertAxeCleanAsync(page, "drop");
        await BrowserHost.ScreenshotAsync(page, "23-designer-drop");

        await page.Keyboard.PressAsync("Control+z");
        await Poll.UntilAsync(
            async () => (await moved.BoundingBoxAsync()) is { } back && Math.Abs(back.X - from.X) < 1 && Math.Abs(back.Y - from.Y) < 1,
            TimeSpan.FromSeconds(15),
            async () => $"task-1 is at {(await moved.BoundingBoxAsync())?.X}, not back at {from.X}");
    }

    /// <summary>
    /// Without a mouse: Tab reaches the route, arrows walk to task-3, its outcome is connected to the permit step from a list,
    /// and Delete removes the step; each is announced.
    /// </summary>
    [Fact]
    public async Task TheKeyboardAlone_SelectsConnectsAndDeletesSteps()
    {
        var route = LargeDefinitionTests.Chain("edit-keys", 5);
        var connections = route["root"]!["connections"]!.AsArray();
        connections.Remove(connections.Single(c => (string?)c!["source"]!["activity"] == "task-3"));
        var page = await OpenAsync(route, expectErrors: true);

        await page.Locator("[data-palette]").Last.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("start", await page.EvaluateAsync<string?>("() => document.activeElement.dataset.activity"));
        await Assertions.Expect(page.Locator("#prop-id")).ToHaveValueAsync("start");

        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Locator("#prop-id")).ToHaveValueAsync("task-3");
        await Poll.UntilAsync(
            async () => await page.EvaluateAsync<string?>("() => document.activeElement.dataset.activity") == "task-3",
            TimeSpan.FromSeconds(15),
            () => Task.FromResult("the focus did not follow the arrows to task-3"));
        await Assertions.Expect(page.GetByTestId("announcer")).ToHaveTextAsync("Langkah Langkah 3 dipilih.");
        await Assertions.Expect(page.Locator("[data-activity='task-3']")).ToHaveAttributeAsync("aria-pressed", "true");

        await page.GetByLabel("Hasil", new() { Exact = true }).SelectOptionAsync("Lanjut");
        await page.GetByLabel("Ke langkah", new() { Exact = true }).SelectOptionAsync("end-izin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sambungkan", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("announcer")).ToHaveTextAsync("Hasil Lanjut dari Langkah 3 disambungkan ke Terbitkan surat izin.");
        await Assertions.Expect(page.Locator("[data-testid=canvas] .diagram-link")).ToHaveCountAsync(5);
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();
        await AssertAxeCleanAsync(page, "keyboard connect");
        await BrowserHost.ScreenshotAsync(page, "24-designer-keyboard-connect");

        await page.Locator("[data-activity='task-3']").FocusAsync();
        await page.Keyboard.PressAsync("Delete");
        await Assertions.Expect(page.Locator("[data-activity='task-3']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("announcer")).ToHaveTextAsync("Langkah Langkah 3 dihapus.");
        Assert.NotNull(await page.EvaluateAsync<string?>("() => document.activeElement.dataset.activity"));
    }

    [Fact]
    public async Task Publish_AsksFirst_AndShowsTheDifferenceFromThePublishedVersion()
    {
        var editor = host.Services.GetRequiredService<DefinitionEditor>();
        await editor.SaveDraftAsync("edit-publish", LargeDefinitionTests.Chain("edit-publish", 5), CancellationToken.None);
        await editor.PublishLatestAsync("edit-publish", CancellationToken.None);
        var page = await host.SignedInPageAsync("analyst");
        await page.GotoAsync("/designer/edit-publish");
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();
        await page.Locator("[data-activity='task-2'] .label").ClickAsync();
        await page.Locator("#prop-name").FillAsync("Verifikasi teknis");
        await page.Locator("#prop-name").BlurAsync();
        await Assertions.Expect(page.Locator("[data-activity='task-2'] .label")).ToHaveTextAsync("Verifikasi teknis");

        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Terbitkan versi 2?" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByTestId("changed-activities")).ToContainTextAsync("Verifikasi teknis (Tugas petugas): Nama");
        await Assertions.Expect(dialog.GetByTestId("added-activities")).ToHaveCountAsync(0);
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Ya, terbitkan" })).ToBeFocusedAsync();
        await Assertions.Expect(dialog.GetByTestId("files-stay")).ToContainTextAsync("Berkas yang sudah diajukan tetap berjalan pada versinya (versi 1 atau sebelumnya)");
        await AssertAxeCleanAsync(page, "publish dialog");
        await BrowserHost.ScreenshotAsync(page, "25-designer-publish-dialog");

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        var store = host.Services.GetRequiredService<IWorkflowStore>();
        Assert.Equal(1, (await store.ListDefinitionsAsync(CancellationToken.None)).Single(d => d.DefinitionId == "edit-publish").PublishedVersion);

        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan", Exact = true }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Ya, terbitkan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("designer-message")).ToHaveTextAsync("Versi 2 diterbitkan.");
        Assert.Equal(2, (await store.ListDefinitionsAsync(CancellationToken.None)).Single(d => d.DefinitionId == "edit-publish").PublishedVersion);

        // Files filed on version 1 stay there: the studio leads to moving them.
        await page.GetByRole(AriaRole.Link, new() { Name = "Pindahkan berkas yang berjalan ke versi baru" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/designer/edit-publish/migrate", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Pindahkan berkas berjalan" })).ToBeVisibleAsync();
    }

    private Task<IPage> OpenAsync(string definitionId, int activities) => OpenAsync(LargeDefinitionTests.Chain(definitionId, activities));

    /// <summary>Saves <paramref name="route"/> as a draft and opens it in the studio, at 1280 px wide.</summary>
    private async Task<IPage> OpenAsync(JsonObject route, bool expectErrors = false)
    {
        var definitionId = (string)route["definitionId"]!;
        await host.Services.GetRequiredService<DefinitionEditor>().SaveDraftAsync(definitionId, route, CancellationToken.None);
        var page = await host.SignedInPageAsync("analyst");
        await page.SetViewportSizeAsync(1280, 800);
        await page.GotoAsync($"/designer/{definitionId}");
        var count = route["root"]!["activities"]!.AsArray().Count;
        await Assertions.Expect(page.Locator(Steps)).ToHaveCountAsync(count);
        if (!expectErrors)
        {
            await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();
        }

        // Links are drawn once the browser has measured the ports.
        await Assertions.Expect(page.Locator("[data-testid=canvas] .diagram-link")).ToHaveCountAsync(route["root"]!["connections"]!.AsArray().Count);
        return page;
    }

    private static async Task<Dictionary<string, Box>> BoxesAsync(IPage page)
    {
        var boxes = await page.EvaluateAsync<Box[]>(
            "s => Array.from(document.querySelectorAll(s)).map(e => { const r = e.getBoundingClientRect(); return { id: e.dataset.activity, x: r.x, y: r.y, width: r.width, height: r.height }; })",
            Steps);
        return boxes.ToDictionary(b => b.Id);
    }

    /// <summary>The step whose element is on top at the centre of <paramref name="activity"/>'s port (a covered port belongs to another).</summary>
    private static Task<string?> OwnerOfPortAsync(IPage page, string activity, string port) => page.EvaluateAsync<string?>(
        """
        ([a, p]) => {
            const r = document.querySelector(`[data-activity='${a}'] [data-port='${p}'] .port`).getBoundingClientRect();
            return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('[data-activity]')?.dataset.activity ?? null;
        }
        """,
        new[] { activity, port });

    private static bool InLayers(Dictionary<string, Box> boxes)
    {
        var order = new[] { "start", "task-1", "task-2", "task-3", "task-4", "end-izin", "end" };
        return order.Zip(order.Skip(1)).All(p => boxes[p.First].Y + boxes[p.First].Height <= boxes[p.Second].Y);
    }

    private static bool Inside(Box box, LocatorBoundingBoxResult canvas) =>
        box.X >= canvas.X - 1 && box.Y >= canvas.Y - 1 && box.X + box.Width <= canvas.X + canvas.Width + 1 && box.Y + box.Height <= canvas.Y + canvas.Height + 1;

    private static void AssertNoOverlap(Dictionary<string, Box> boxes)
    {
        var all = boxes.Values.ToList();
        for (var i = 0; i < all.Count; i++)
        {
            for (var j = i + 1; j < all.Count; j++)
            {
                var (a, b) = (all[i], all[j]);
                var apart = a.X + a.Width <= b.X || b.X + b.Width <= a.X || a.Y + a.Height <= b.Y || b.Y + b.Height <= a.Y;
                Assert.True(apart, $"{a.Id} overlaps {b.Id}: {Describe(boxes)}");
            }
        }
    }

    private static string Describe(Dictionary<string, Box> boxes) =>
        string.Join("; ", boxes.Values.Select(b => $"{b.Id} {b.X:F0},{b.Y:F0} {b.Width:F0}×{b.Height:F0}"));

    private static async Task AssertAxeCleanAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, $"{what}: " + string.Join("; ", serious));
    }

    /// <summary>A step's box on the page, in CSS pixels.</summary>
    public sealed class Box
    {
        public string Id { get; set; } = string.Empty;
        public double X { get; set; }
        public double Y { get; set; }
        public double Width { get; set; }
        public double Height { get; set; }
    }
}
