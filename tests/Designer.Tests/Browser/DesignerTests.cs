using Microsoft.Playwright;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>The designer on Z.Blazor.Diagrams, driven by mouse: add a step, wire it, publish; a refused publish, and the draft compared with the published version.</summary>
[Collection(DesignerBrowserCollection.Name)]
public sealed class DesignerTests(BrowserHost host)
{
    /// <summary>
    /// Inserts a front-office step between the start and the completeness check of SIP:
    /// <code>
    /// start ──Done──▶ tugas-petugas (DPMPTSP FrontOffice) ──Diterima──▶ check-completeness ─▶ …
    /// </code>
    /// </summary>
    [Fact]
    public async Task Analyst_AddsAStepByMouse_PublishesVersion2_NewApplicationsFollowIt()
    {
        var applicant = await host.NewPageAsync();
        await ApplicantJourneyTests.ApplyForSipAsync(applicant, "Pemohon Versi Satu");
        var before = await applicant.GetByTestId("registration-number").InnerTextAsync();

        var page = await host.SignedInPageAsync("analyst");
        await page.GotoAsync("/designer");
        // The row whose id cell is exactly "sip-dokter" (not "sip-dokter-perpanjangan", its renewal route).
        await page.GetByTestId("definitions").Locator("tr")
            .Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = "sip-dokter", Exact = true }) })
            .GetByRole(AriaRole.Link).ClickAsync();
        var canvas = page.GetByTestId("canvas");
        await Assertions.Expect(canvas.Locator("[data-activity=start]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(page, "10-designer");

        await page.Locator("[data-palette='Mpp.HumanTask']").DragToAsync(canvas, new() { TargetPosition = new() { X = 60, Y = 120 } });
        var added = canvas.Locator("[data-activity='tugas-petugas']");
        await Assertions.Expect(added).ToBeVisibleAsync();
        await Assertions.Expect(added).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("has-error"));

        await page.Locator("#prop-office").SelectOptionAsync("DPMPTSP");
        await page.Locator("#prop-role").SelectOptionAsync("FrontOffice");
        await page.Locator("#prop-outcomes").FillAsync("Diterima");
        await page.Locator("#prop-outcomes").BlurAsync();
        await Assertions.Expect(added.Locator("[data-port='Diterima']")).ToBeVisibleAsync();

        await canvas.Locator("[data-activity=start]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Hapus Selesai → Pemeriksaan kelengkapan berkas" }).ClickAsync();
        await DragAsync(page, canvas.Locator("[data-activity=start] [data-port='Done'] .port"), added.Locator(".port-row.in .port"));
        await DragAsync(page, added.Locator("[data-port='Diterima'] .port"), canvas.Locator("[data-activity='check-completeness'] .port-row.in .port"));
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(page, "11-designer-step-added");

        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, terbitkan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("designer-message")).ToHaveTextAsync("Versi 2 diterbitkan.");

        await ApplicantJourneyTests.ApplyForSipAsync(applicant, "Pemohon Versi Dua");
        var after = await applicant.GetByTestId("registration-number").InnerTextAsync();
        var store = host.Services.GetRequiredService<IWorkflowStore>();
        Assert.Equal(1, (await store.FindInstanceByRegistrationNumberAsync(before, CancellationToken.None))!.DefinitionVersion);
        Assert.Equal(2, (await store.FindInstanceByRegistrationNumberAsync(after, CancellationToken.None))!.DefinitionVersion);

        var frontOffice = await host.SignedInPageAsync("dpmptsp.frontoffice");
        await frontOffice.GotoAsync("/inbox");
        await Assertions.Expect(frontOffice.GetByTestId("inbox").Locator("tr", new() { HasText = after })).ToContainTextAsync("Tugas petugas");
    }

    [Fact]
    public async Task Publish_IsRefusedWithTheErrors_WhenAnActivityIsIncomplete_AndTheComparisonShowsTheStep()
    {
        var page = await host.SignedInPageAsync("analyst");
        await page.GotoAsync("/designer/reklame");
        var canvas = page.GetByTestId("canvas");
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();

        await page.Locator("[data-palette='Mpp.HumanTask']").ClickAsync();
        await Assertions.Expect(canvas.Locator("[data-activity='tugas-petugas']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("has-error"));
        await Assertions.Expect(page.GetByTestId("validation-errors")).ToContainTextAsync("Langkah «Tugas petugas»: «Instansi» wajib diisi.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, terbitkan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("publish-errors")).ToBeVisibleAsync();
        // The refusal speaks as the findings do, never in the API's English JSON paths.
        await Assertions.Expect(page.GetByTestId("publish-errors")).ToContainTextAsync("Langkah «Tugas petugas»: «Instansi» wajib diisi.");
        await Assertions.Expect(page.GetByTestId("publish-errors")).Not.ToContainTextAsync("$.");
        await BrowserHost.ScreenshotAsync(page, "12-designer-publish-refused");
        var summary = (await host.Services.GetRequiredService<IWorkflowStore>().ListDefinitionsAsync(CancellationToken.None))
            .Single(d => d.DefinitionId == "reklame");
        Assert.Equal(1, summary.PublishedVersion);
        Assert.Equal(2, summary.LatestVersion);

        // The draft against version 1: the new step is the one difference.
        await page.GetByRole(AriaRole.Button, new() { Name = "Bandingkan dengan versi terbit" }).ClickAsync();
        var comparison = page.GetByTestId("comparison");
        await Assertions.Expect(comparison).ToContainTextAsync("versi terbit 1");
        await Assertions.Expect(comparison.GetByTestId("added-activities")).ToContainTextAsync("Tugas petugas (Tugas petugas)");
        await Assertions.Expect(comparison).Not.ToContainTextAsync("Mpp.");
        await Assertions.Expect(comparison.GetByTestId("removed-activities")).ToHaveCountAsync(0);
        await Assertions.Expect(comparison.GetByTestId("removed-connections")).ToHaveCountAsync(0);
        await BrowserHost.ScreenshotAsync(page, "13-designer-compare");
    }

    /// <summary>
    /// A finding names the step by its display name; clicking it selects that step (also when another is selected), in
    /// place of a JSON path to decode. Nothing is saved: the route stays as it was.
    /// </summary>
    [Fact]
    public async Task ClickingAFinding_SelectsTheStepItConcerns()
    {
        var page = await host.SignedInPageAsync("analyst");
        await page.GotoAsync("/designer/sip-dokter");
        var canvas = page.GetByTestId("canvas");
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();

        await page.Locator("[data-palette='Mpp.HumanTask']").ClickAsync();
        var finding = page.GetByTestId("validation-errors").GetByRole(AriaRole.Button, new() { Name = "Langkah «Tugas petugas»: «Instansi» wajib diisi." });
        await Assertions.Expect(finding).ToBeVisibleAsync();
        var added = await finding.GetAttributeAsync("data-step");
        Assert.False(string.IsNullOrEmpty(added));
        var step = canvas.Locator($"[data-activity='{added}']");

        var other = canvas.Locator(".node").First;
        await other.Locator(".label").ClickAsync();
        await Assertions.Expect(other).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));
        await Assertions.Expect(step).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));

        await finding.ClickAsync();
        await Assertions.Expect(step).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));
        await Assertions.Expect(other).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));
        await BrowserHost.ScreenshotAsync(page, "designer-finding-selects-step");
    }

    /// <summary>
    /// A route's JSON (about 20 KB for PBG) goes to the server in one message when edited as text; the connection used to drop
    /// at SignalR's 32 KB default and the edit was lost without a word.
    /// </summary>
    [Fact]
    public async Task Analyst_EditsTheRouteAsJson_AndTheImportIsDrawn()
    {
        var page = await host.SignedInPageAsync("analyst");
        await page.GotoAsync("/designer/pbg");
        var canvas = page.GetByTestId("canvas");
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "JSON", Exact = true }).ClickAsync();
        var text = page.Locator("#definition-json");
        var document = JsonNode.Parse(await text.InputValueAsync())!.AsObject();
        var activity = document["root"]!["activities"]!.AsArray().First(a => (string?)a!["type"] == "Mpp.HumanTask")!;
        activity["name"] = "Langkah diubah lewat JSON";
        await text.FillAsync(document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        await page.GetByRole(AriaRole.Button, new() { Name = "Impor", Exact = true }).ClickAsync();

        await Assertions.Expect(canvas.Locator($"[data-activity='{activity["id"]}'] .label")).ToHaveTextAsync("Langkah diubah lewat JSON");
        await Assertions.Expect(text).ToHaveCountAsync(0);
    }

    private static async Task DragAsync(IPage page, ILocator from, ILocator to)
    {
        var source = (await from.BoundingBoxAsync())!;
        var target = (await to.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(source.X + (source.Width / 2), source.Y + (source.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(target.X + (target.Width / 2), target.Y + (target.Height / 2), new() { Steps = 12 });
        await page.Mouse.UpAsync();
    }
}
