using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Mpp.Workflows.Designer.Tests.Language;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// Every page as its reader sees it, in Indonesian: the applicant's (anonymous, then with the tracking token, also while
/// the file waits for a correction), the counter's, the analyst's and the admin's. Each page has a title, shows the
/// regency, reads Indonesian (<see cref="IndonesianText"/>: no event names, status or role codes, activity types or ids,
/// field keys, GUIDs, English words), has no serious or critical axe-core finding and draws no focus box around the
/// heading that navigation focused.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserHost host)
{
    private readonly List<string> _failures = [];

    [Fact]
    public async Task EveryPage_ReadsIndonesian_HasATitle_AndNoSeriousAxeFinding()
    {
        var applicant = await host.NewPageAsync();
        foreach (var (path, name) in new[] { ("/", "home"), ("/apply/sip-dokter", "apply-sip"), ("/apply/pbg", "apply-pbg"), ("/apply/reklame", "apply-reklame"), ("/login", "login"), ("/kinerja/survei", "survey-results") })
        {
            await applicant.GotoAsync(path);
            await CheckAsync(applicant, name);
        }

        await applicant.GotoAsync("/not-found");
        await CheckAsync(applicant, "not-found");

        var tracking = await ApplicantJourneyTests.ApplyForSipAsync(applicant, "dr. Bahasa Indonesia");
        var registrationNumber = await applicant.GetByTestId("registration-number").InnerTextAsync();
        await CheckAsync(applicant, "receipt");
        await applicant.GotoAsync($"/track/{registrationNumber}");
        await CheckAsync(applicant, "track-ask-code");
        await applicant.GotoAsync(tracking);
        await CheckAsync(applicant, "track-submitted");

        await ApplicantJourneyTests.CompleteTaskAsync(host, "dpmptsp.frontoffice", registrationNumber, "Lengkap", "Berkas lengkap");
        var reviewer = await host.SignedInPageAsync("dpmptsp.reviewer");
        await reviewer.GotoAsync("/inbox");
        await Assertions.Expect(reviewer.GetByTestId("inbox")).ToContainTextAsync(registrationNumber);
        await CheckAsync(reviewer, "inbox");
        await BrowserHost.InboxRow(reviewer, registrationNumber).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(reviewer.GetByTestId("route").Locator(".node.current")).ToHaveCountAsync(1);
        await CheckAsync(reviewer, "application");
        await reviewer.Context.CloseAsync();

        await ApplicantJourneyTests.CompleteTaskAsync(host, "dpmptsp.reviewer", registrationNumber, "Kembalikan", "Mohon unggah STR yang masih berlaku");
        await applicant.GotoAsync(tracking);
        await Assertions.Expect(applicant.GetByTestId("revision-reasons")).ToBeVisibleAsync();
        await CheckAsync(applicant, "track-revision");

        var analyst = await host.SignedInPageAsync("analyst");
        await analyst.GotoAsync("/designer");
        await CheckAsync(analyst, "designer-list");
        await analyst.GotoAsync("/designer/sip-dokter");
        await Assertions.Expect(analyst.Locator(".node").First).ToBeVisibleAsync();
        await CheckAsync(analyst, "designer");
        // An invalid draft (a task dropped without its settings, not saved): its findings read Indonesian too.
        await analyst.Locator("[data-palette='Mpp.HumanTask']").ClickAsync();
        await Assertions.Expect(analyst.GetByTestId("validation-errors").Locator("li")).Not.ToHaveCountAsync(0);
        // Only the findings are checked here: the new step is deselected so that its property panel stays closed.
        await analyst.GetByTestId("canvas").ClickAsync(new() { Position = new() { X = 5, Y = 5 } });
        await Assertions.Expect(analyst.Locator(".node.selected")).ToHaveCountAsync(0);
        await CheckAsync(analyst, "designer-invalid");

        var admin = await host.SignedInPageAsync("admin");
        await admin.GotoAsync("/admin");
        await Assertions.Expect(admin.GetByTestId("failed-outbox")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByTestId("users")).ToBeVisibleAsync();
        await CheckAsync(admin, "admin");

        Assert.True(_failures.Count == 0, string.Join("\n", _failures));
    }

    private async Task CheckAsync(IPage page, string name)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await BrowserHost.ScreenshotAsync(page, "lang-" + name);

        if (string.IsNullOrWhiteSpace(await page.TitleAsync()))
        {
            _failures.Add($"{name}: no page title");
        }

        if (await page.GetByTestId("regency").CountAsync() != 1 || !(await page.GetByTestId("regency").InnerTextAsync()).Contains("Pemalang", StringComparison.Ordinal))
        {
            _failures.Add($"{name}: the header does not name the regency");
        }

        var text = await page.Locator("body").InnerTextAsync();
        foreach (var problem in IndonesianText.Problems(text))
        {
            _failures.Add($"{name}: '{problem}' on the page");
        }

        var axe = await page.RunAxe();
        foreach (var violation in axe.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            _failures.Add($"{name}: axe {violation.Impact} {violation.Id}: {violation.Help} ({string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html))})");
        }

        // Navigation focuses the heading for screen readers; it must not show a focus box there.
        var focusedHeadingOutline = await page.EvaluateAsync<string?>(
            "() => document.activeElement && document.activeElement.tagName === 'H1' ? getComputedStyle(document.activeElement).outlineStyle : null");
        if (focusedHeadingOutline is not null and not "none")
        {
            _failures.Add($"{name}: the focused heading shows a focus box (outline-style {focusedHeadingOutline})");
        }
    }
}
