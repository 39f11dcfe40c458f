using System.Net.Http.Headers;
using System.Net.Http.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The performance board in Chromium: the public <c>/kinerja</c> shows a completed SIP file in its service's card with both
/// charts drawn, on a desktop and on a 390 px phone (no wider than the screen, nothing serious for axe-core); the staff board
/// lists the file behind a figure with a link to the file's page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PerformanceBoardTests(BrowserHost host)
{
    private const int Phone = 390;

    private static readonly Dictionary<string, string> Deciders = new(StringComparer.Ordinal)
    {
        ["check-completeness"] = "dpmptsp.frontoffice",
        ["verify-file"] = "dpmptsp.reviewer",
        ["health-recommendation"] = "dinkes.reviewer",
        ["sign-permit"] = "dpmptsp.signer",
    };

    [Fact]
    public async Task PublicBoard_ShowsTheFiguresAndCharts_OnADesktopAndA390PxPhone_AndStaffOpenTheFilesBehindAFigure()
    {
        var number = await SubmitSipAsync();
        foreach (var (activity, outcome) in new[]
        {
            ("check-completeness", "Lengkap"), ("verify-file", "Terverifikasi"), ("health-recommendation", "Rekomendasi"), ("sign-permit", "Tandatangani"),
        })
        {
            await DecideAsync(number, activity, outcome);
        }

        var page = await host.NewPageAsync();
        await Poll.UntilAsync(
            async () =>
            {
                await page.GotoAsync("/kinerja");
                var completed = page.Locator("[data-key='sip-dokter'] [data-testid='figure-completed']");
                return await completed.CountAsync() == 1 && int.Parse(await completed.InnerTextAsync(), CultureInfo.InvariantCulture) >= 1;
            },
            TimeSpan.FromSeconds(30),
            () => Task.FromResult("The public board does not count the completed SIP file."));
        var card = page.Locator("[data-key='sip-dokter']");
        await Assertions.Expect(card.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Surat Izin Praktik Tenaga Medis dan Tenaga Kesehatan (SIP)");
        await Assertions.Expect(card.GetByTestId("figure-on-time")).ToContainTextAsync("%");
        await BrowserHost.ScreenshotAsync(page, "board-01-public");
        await Assertions.Expect(page.GetByTestId("chart-volume").Locator("svg path.mud-chart-bar").First).ToBeAttachedAsync();
        await Assertions.Expect(page.GetByTestId("chart-timeliness").Locator("svg.mud-chart-donut")).ToBeAttachedAsync();
        // Long names would overlap under their bars: the bars are numbered, and the key under the chart names each number.
        var keyed = await page.GetByTestId("chart-key").Locator("li").AllInnerTextsAsync();
        Assert.Equal(await page.Locator(".board-rows [data-key]:not([data-key='*']) h3").AllInnerTextsAsync(), keyed);
        var axis = await page.GetByTestId("chart-volume").Locator("svg .mud-charts-xaxis text").AllTextContentsAsync();
        Assert.Equal(Enumerable.Range(1, keyed.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)), axis);
        await Assertions.Expect(page.GetByText(number)).ToHaveCountAsync(0);

        await page.GetByLabel("Kelompokkan menurut").SelectOptionAsync("kantor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-key='DINKES']").GetByRole(AriaRole.Heading)).ToHaveTextAsync("Dinas Kesehatan");
        Assert.Contains("menurut=kantor", page.Url, StringComparison.Ordinal);
        await AssertCountsStepsAsync(page, charts: true);

        var phone = await host.NewPhonePageAsync(Phone);
        await phone.GotoAsync("/kinerja");
        await Assertions.Expect(phone.Locator("[data-key='sip-dokter']")).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByTestId("chart-volume").Locator("svg").First).ToBeVisibleAsync();
        await BrowserHost.AssertFitsAsync(phone, "board-02-phone");
        await AssertChartTextReadableAsync(phone.GetByTestId("chart-volume").Locator("svg").First);
        await AssertAxisFitsTheCountsAsync(phone);

        var staff = await host.SignedInPageAsync("dinkes.head", Phone);
        await staff.GotoAsync("/kinerja/staf?menurut=kantor");
        await staff.Locator("[data-key='DINKES'] [data-testid='figure-completed'] a").ClickAsync();
        var files = staff.GetByTestId("board-files");
        var link = files.GetByRole(AriaRole.Link, new() { Name = number, Exact = true });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/applications/[0-9a-f-]{36}$"));
        await Assertions.Expect(staff.Locator("[data-key='DPMPTSP']")).ToHaveCountAsync(0);
        await Assertions.Expect(files.GetByRole(AriaRole.Heading)).ToContainTextAsync("Langkah di balik «Langkah selesai»");
        await Assertions.Expect(files.Locator("li", new() { Has = staff.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }) }).GetByTestId("board-file-step")).ToHaveTextAsync("Rekomendasi teknis Dinas Kesehatan");
        await BrowserHost.AssertFitsAsync(staff, "board-03-staff-files");
    }

    [Fact]
    public async Task ByOffice_TheFiguresAreNamedAsSteps_AndAFileRepeatedPerStepShowsEachStepsName_NotTheTaskTitle()
    {
        var number = await SubmitSipAsync();
        await DecideAsync(number, "check-completeness", "Lengkap");
        await DecideAsync(number, "verify-file", "Terverifikasi");

        var staff = await host.SignedInPageAsync("dpmptsp.head");
        await staff.GotoAsync("/kinerja/staf?menurut=kantor");
        await AssertCountsStepsAsync(staff, charts: false);
        await staff.Locator("[data-key='DPMPTSP'] [data-testid='figure-completed'] a").ClickAsync();
        var files = staff.GetByTestId("board-files");
        await Assertions.Expect(files.GetByRole(AriaRole.Heading)).ToContainTextAsync("Langkah di balik «Langkah selesai»");
        var steps = files.Locator("li", new() { Has = staff.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }) }).GetByTestId("board-file-step");
        await Assertions.Expect(steps).ToHaveTextAsync(["Pemeriksaan kelengkapan berkas", "Verifikasi berkas oleh petugas"]);
        await Assertions.Expect(files).Not.ToContainTextAsync("Periksa kelengkapan berkas permohonan SIP");

        var services = await host.SignedInPageAsync("dpmptsp.head");
        await services.GotoAsync("/kinerja/staf?menurut=layanan");
        await Assertions.Expect(services.GetByTestId("board-per-step")).ToHaveCountAsync(0);
        await Assertions.Expect(services.Locator("[data-testid='board-row'] dt").First).ToHaveTextAsync("Diterima");
    }

    /// <summary>The office board says, on the page, its cards, its charts (public board) and its rules, that it counts steps, not files.</summary>
    private static async Task AssertCountsStepsAsync(IPage page, bool charts)
    {
        await Assertions.Expect(page.GetByTestId("board-per-step")).ToContainTextAsync("dihitung per langkah");
        var labels = await page.Locator("[data-testid='board-row']").First.Locator("dt").AllTextContentsAsync();
        Assert.Contains("Langkah diterima", labels);
        Assert.Contains("Langkah selesai", labels);
        Assert.DoesNotContain("Diterima", labels);
        if (charts)
        {
            await Assertions.Expect(page.GetByTestId("chart-volume").Locator("figcaption")).ToContainTextAsync("Langkah diterima dan selesai");
        }

        await Assertions.Expect(page.GetByTestId("rule-by-office")).ToContainTextAsync("menghitung langkah, bukan berkas");
    }

    /// <summary>Every label and tick of the chart is drawn at least 11 px high on the page, whatever the SVG's own scale.</summary>
    internal static async Task AssertChartTextReadableAsync(ILocator chart)
    {
        var small = await chart.EvaluateAsync<string[]>(
            "svg => [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() && t.getBoundingClientRect().height < 11)"
            + ".map(t => `${t.textContent}: ${t.getBoundingClientRect().height.toFixed(1)} px`)");
        Assert.True(small.Length == 0, "Chart text smaller than 11 px: " + string.Join("; ", small));
    }

    /// <summary>The count axis ends a little above the largest count (at most twice it), so the bars are not slivers.</summary>
    private async Task AssertAxisFitsTheCountsAsync(IPage phone)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var board = (await client.GetFromJsonAsync<JsonObject>("/api/performance"))!;
        var largest = board["rows"]!.AsArray().Max(r => Math.Max((int)r!["received"]!, (int)r["completed"]!));
        var ticks = await phone.GetByTestId("chart-volume").Locator("svg .mud-charts-yaxis text").AllTextContentsAsync();
        var top = ticks.Select(t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture)).Max();
        Assert.True(top > largest && top <= 2 * Math.Max(largest, 1), $"The axis runs to {top} for a largest count of {largest}.");
    }

    private async Task<string> SubmitSipAsync()
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var response = await client.PostAsJsonAsync("/api/applications", SampleData.Submission("sip-dokter", SampleData.Sip()));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}");
        return (string)body!["registrationNumber"]!;
    }

    private async Task DecideAsync(string number, string activityId, string outcome)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using (var token = await client.PostAsJsonAsync("/api/auth/token", new { username = Deciders[activityId], password = BrowserHost.Password }))
        {
            token.EnsureSuccessStatusCode();
            client.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Bearer", (string)(await token.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!);
        }

        JsonObject? task = null;
        await Poll.UntilAsync(
            async () =>
            {
                var tasks = (await client.GetFromJsonAsync<JsonArray>("/api/tasks?scope=office"))!;
                task = tasks.Select(t => t!.AsObject())
                    .FirstOrDefault(t => (string?)t["registrationNumber"] == number && (string?)t["activityId"] == activityId);
                return task is not null;
            },
            TimeSpan.FromSeconds(30),
            () => Task.FromResult($"No open task {activityId} of {number}."));
        using var response = await client.PostAsJsonAsync($"/api/tasks/{(string)task!["id"]!}/complete", new { outcome, comment = outcome, fields = new JsonObject() });
        Assert.True(response.IsSuccessStatusCode, $"{activityId} → {outcome}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
