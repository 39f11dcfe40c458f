using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The studio's test run at 1280 px: the analyst runs the PBG route on sample data for a non-residential building, chooses
/// each step's outcome as the run reaches it, watches the path light up on the canvas (both branches of the parallel review),
/// reads the timeline with each office's working days and the statutory clock, saves the run with the draft and reruns it.
/// </summary>
[Collection(DesignerBrowserCollection.Name)]
public sealed partial class TestRunTests(BrowserHost host)
{
    [Fact]
    public async Task Analyst_TestRunsPbg_SeesThePathAndTimeline_SavesAndRerunsIt()
    {
        var page = await host.SignedInPageAsync("analyst");
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/designer/pbg");
        var canvas = page.GetByTestId("canvas");
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();

        await page.GetByTestId("test-run-toggle").ClickAsync();
        var panel = page.GetByTestId("test-run");
        // The panel opens below the canvas: it is brought into view, its heading focused, so the click visibly does something.
        var heading = panel.Locator("#test-run-title");
        await Assertions.Expect(heading).ToBeFocusedAsync();
        await Assertions.Expect(heading).ToBeInViewportAsync();
        await Assertions.Expect(panel.GetByLabel("NIK pemilik bangunan")).ToHaveValueAsync(new Regex("^[0-9]{16}$"));
        await panel.GetByLabel("Fungsi bangunan").SelectOptionAsync("Usaha");
        await panel.GetByLabel("Tanggal diajukan").FillAsync("2026-03-16");
        await panel.GetByTestId("test-run-start").ClickAsync();

        await Assertions.Expect(Node(canvas, "register")).ToHaveClassAsync(Waiting());
        await Assertions.Expect(Node(canvas, "start")).ToHaveClassAsync(Passed());
        await ChooseAsync(panel, "register", "Lengkap");

        // Both branches of the fork wait at once; the environmental check (5 days) is due first.
        await Assertions.Expect(Node(canvas, "environmental-check")).ToHaveClassAsync(Waiting());
        await Assertions.Expect(Node(canvas, "technical-consultation")).ToHaveClassAsync(Waiting());
        await Assertions.Expect(Node(canvas, "house-consultation")).Not.ToHaveClassAsync(Passed());
        await Assertions.Expect(panel.Locator("[data-testid=test-run-step]:has(.tag)")).ToHaveCountAsync(2);
        await BrowserHost.ScreenshotAsync(page, "40-test-run-fork");

        await ChooseAsync(panel, "environmental-check", "Sesuai");
        await ChooseAsync(panel, "technical-consultation", "Setuju");
        await ChooseAsync(panel, "assess-fee", "Ditetapkan");
        await ChooseAsync(panel, "confirm-payment", "Lunas");
        await ChooseAsync(panel, "sign-permit", "Tandatangani");

        await Assertions.Expect(panel.GetByTestId("test-run-summary")).ToHaveTextAsync("Selesai: Disetujui, 35 hari kerja sejak diajukan.");
        await Assertions.Expect(panel.GetByTestId("test-run-statutory")).ToContainTextAsync("33 dari 33 hari kerja");
        await Assertions.Expect(Node(canvas, "end-approved")).ToHaveClassAsync(Passed());
        await Assertions.Expect(Node(canvas, "issue-rejection")).Not.ToHaveClassAsync(Passed());
        var technical = panel.Locator("[data-testid=test-run-step][data-activity=technical-consultation]");
        await Assertions.Expect(technical).ToContainTextAsync("Dinas Pekerjaan Umum dan Penataan Ruang");
        await Assertions.Expect(technical.GetByTestId("test-run-days")).ToHaveTextAsync("25");
        Assert.True(await canvas.Locator("path[stroke='#2f855a']").CountAsync() >= 10, "the followed connections are drawn in the path colour");

        // Step by step: back to the third step, the signature is no longer lit.
        await panel.GetByLabel(new Regex("^Tampilkan jalur sampai langkah")).FillAsync("2");
        await Assertions.Expect(Node(canvas, "sign-permit")).Not.ToHaveClassAsync(Passed());
        await Assertions.Expect(panel.GetByTestId("test-run-step")).ToHaveCountAsync(3);
        await panel.GetByLabel(new Regex("^Tampilkan jalur sampai langkah")).PressAsync("End");
        await Assertions.Expect(Node(canvas, "sign-permit")).ToHaveClassAsync(Passed());

        await panel.GetByLabel("Nama uji coba").FillAsync("Usaha disetujui");
        await panel.GetByTestId("test-run-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("designer-message")).ToHaveTextAsync("Draf versi 2 tersimpan.");
        await Assertions.Expect(panel.GetByTestId("test-run-status")).ToHaveTextAsync("Uji coba \"Usaha disetujui\" disimpan bersama draf.");
        await Assertions.Expect(panel.GetByTestId("test-run-saved-item")).ToContainTextAsync("Usaha disetujui");
        await panel.GetByTestId("test-run-rerun").ClickAsync();
        await Assertions.Expect(panel.GetByTestId("test-run-flag")).ToHaveTextAsync("Jalur sama");
        await BrowserHost.ScreenshotAsync(page, "41-test-run-ended");

        // Closed and opened again: the saved run is rerun at once, the canvas has no marks until a run starts.
        await page.GetByTestId("test-run-toggle").ClickAsync();
        await Assertions.Expect(Node(canvas, "end-approved")).Not.ToHaveClassAsync(Passed());
        await page.GetByTestId("test-run-toggle").ClickAsync();
        await Assertions.Expect(panel.GetByTestId("test-run-flag")).ToHaveTextAsync("Jalur sama");

        AxeResult axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)").ToList();
        Assert.True(serious.Count == 0, string.Join("; ", serious));
    }

    private static ILocator Node(ILocator canvas, string activityId) => canvas.Locator($"[data-activity='{activityId}'].node");

    private static Regex Waiting() => new(@"\brun-waiting\b");

    private static Regex Passed() => new(@"\brun-passed\b");

    private static async Task ChooseAsync(ILocator panel, string activityId, string outcome)
    {
        var waiting = panel.GetByTestId("test-run-waiting");
        await Assertions.Expect(waiting).ToHaveAttributeAsync("data-activity", activityId);
        await waiting.Locator($"[data-outcome='{outcome}']").ClickAsync();
        await Assertions.Expect(panel.Locator($"[data-testid=test-run-step][data-activity='{activityId}']").Last).Not.ToContainTextAsync("menunggu pilihan");
    }
}
