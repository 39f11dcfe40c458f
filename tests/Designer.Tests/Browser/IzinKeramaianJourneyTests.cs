using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MimeKit;
using Mpp.Workflows.Testing;
using Mpp.Workflows.Testing.Pdf;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// Issue 12's acceptance journey at 1280 px: an analyst builds a five-step "Izin Keramaian" route from a blank studio by
/// hand (no JSON, no API), test-runs it to Approved and publishes it; a citizen applies for it on <c>/apply</c>; staff of
/// DPMPTSP and Satpol PP decide its steps in their pages; the applicant's mail holds the permit, signed.
/// <code>
/// mulai ─▶ periksa-berkas (DPMPTSP FrontOffice) ─Lengkap─▶ kajian-satpol-pp (SATPOLPP Reviewer) ─Rekomendasi─▶
///   keputusan-dan-tanda-tangan (DPMPTSP Signer) ─Tandatangani─▶ terbitkan-surat-izin (Permit) ─▶ kirim-izin-ke-pemohon ─▶ disetujui
///   (every Tolak ─▶ ditolak)
/// </code>
/// </summary>
[Collection(DesignerBrowserCollection.Name)]
public sealed partial class IzinKeramaianJourneyTests(BrowserHost host, Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Applicant = "Rudi Hartono";
    private const string Email = "rudi.hartono@example.org";
    private const string MailSubject = "Surat Izin Keramaian Anda telah terbit";
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Analyst_BuildsIzinKeramaianFromBlank_TestRunsAndPublishesIt_AndTheApplicantIsMailedASignedPermit()
    {
        var ui = new UiActions();
        var page = await host.SignedInPageAsync("analyst");
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/designer");

        await ui.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Rute baru", Exact = true }));
        var newRoute = page.GetByRole(AriaRole.Form, new() { Name = "Rute baru" });
        await ui.TypeAsync(UiActions.Field(newRoute, "Nama layanan"), "Izin Keramaian");
        await Assertions.Expect(UiActions.Field(newRoute, "Id rute")).ToHaveValueAsync("izin-keramaian");
        await ui.TypeAsync(UiActions.Field(newRoute, "Kode layanan"), "IKR");
        await AssertAxeCleanAsync(page, "new route");
        await ui.ClickAsync(newRoute.GetByRole(AriaRole.Button, new() { Name = "Buat", Exact = true }));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/designer/izin-keramaian$"));
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();

        var created = ui.Count;
        await FillSettingsAsync(page, ui);
        var settled = ui.Count;
        await BuildStepsAsync(page, ui);
        var built = ui.Count;
        await BrowserHost.ScreenshotAsync(page, "51-keramaian-route");
        await AssertAxeCleanAsync(page, "route built");

        await TestRunAsync(page, ui);
        var tested = ui.Count;
        await PublishAsync(page, ui);
        output.WriteLine($"UI actions in the studio (clicks, fields typed, choices, ticks): {built} to build the route — {created} to create it, "
            + $"{settled - created} for its settings, form, requirements and permit, {built - settled} for its five steps and their connections; "
            + $"{tested - built} to test-run it, {ui.Count - tested} to publish it: {ui.Count} in all, no JSON.");

        var number = await ApplyAsync();

        // Staff decide in their own pages (inbox → file → claim → outcome), each a new sign-in.
        await ApplicantJourneyTests.CompleteTaskAsync(host, "dpmptsp.frontoffice", number, "Lengkap", "Berkas lengkap", screenshot: "55-keramaian-front-office");
        await ApplicantJourneyTests.CompleteTaskAsync(host, "satpolpp.reviewer", number, "Rekomendasi", "Lokasi dan pengamanan memadai");
        await ApplicantJourneyTests.CompleteTaskAsync(host, "dpmptsp.signer", number, "Tandatangani", "Disetujui");

        var mail = (await host.Smtp.WaitForAsync(
            m => m.To.Mailboxes.Any(b => b.Address == Email) && m.Subject == MailSubject
                && (m.TextBody ?? string.Empty).Contains(number, StringComparison.Ordinal),
            1,
            MailTimeout)).Last();
        var permit = mail.Attachments.OfType<MimePart>().Single(p => p.ContentType.MimeType == "application/pdf");
        var (signature, text) = await InspectAsync(permit);
        Assert.Contains("Signature #1", signature, StringComparison.Ordinal);
        Assert.Contains("Signature Validation: Signature is Valid.", signature, StringComparison.Ordinal);
        Assert.Contains("Total document signed", signature, StringComparison.Ordinal);
        Assert.Contains("Izin Keramaian", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Applicant, text, StringComparison.Ordinal);
        Assert.Contains("Pentas Seni Peringatan HUT RI", text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
    }

    /// <summary>The draft run on the studio's sample data: each task's outcome chosen, the path lit to Approved.</summary>
    private static async Task TestRunAsync(IPage page, UiActions ui)
    {
        await ui.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Uji coba", Exact = true }));
        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Uji coba alur sebelum diterbitkan" });
        await ui.ClickAsync(panel.GetByRole(AriaRole.Button, new() { Name = "Mulai uji coba" }));
        foreach (var (step, outcome) in new[] { ("Pemeriksaan berkas", "Lengkap"), ("Kajian Satpol PP", "Rekomendasi"), ("Keputusan dan tanda tangan", "Tandatangani") })
        {
            var waiting = panel.GetByRole(AriaRole.Group, new() { Name = $"Berkas menunggu di tahap \"{step}\"" });
            await ui.ClickAsync(waiting.GetByRole(AriaRole.Button, new() { Name = outcome, Exact = true }));
        }

        await Assertions.Expect(panel.GetByTestId("test-run-summary")).ToHaveTextAsync(new Regex("^Selesai: Disetujui, [0-9]+ hari kerja sejak diajukan\\.$"));
        var canvas = page.GetByRole(AriaRole.Region, new() { Name = "Kanvas rute" });
        foreach (var step in new[] { "terbitkan-surat-izin", "kirim-izin-ke-pemohon", "disetujui" })
        {
            await Assertions.Expect(canvas.Locator($"[data-activity='{step}']")).ToHaveClassAsync(new Regex(@"\brun-passed\b"));
        }

        await Assertions.Expect(canvas.Locator("[data-activity='ditolak']")).Not.ToHaveClassAsync(new Regex(@"\brun-passed\b"));
        await BrowserHost.ScreenshotAsync(page, "52-keramaian-test-run");
        await AssertAxeCleanAsync(page, "test run");
    }

    /// <summary>Publish asks first: nothing is published yet, so the dialog says so; confirmed, version 1 is published.</summary>
    private static async Task PublishAsync(IPage page, UiActions ui)
    {
        await ui.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan", Exact = true }));
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Terbitkan versi 1?" });
        await Assertions.Expect(dialog.GetByTestId("first-publication")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(page, "53-keramaian-publish");
        await AssertAxeCleanAsync(page, "publish dialog");
        await ui.ClickAsync(dialog.GetByRole(AriaRole.Button, new() { Name = "Ya, terbitkan" }));
        await Assertions.Expect(page.GetByTestId("designer-message")).ToHaveTextAsync("Versi 1 diterbitkan.");
        await Assertions.Expect(page.GetByTestId("publish-errors")).ToHaveCountAsync(0);
    }

    /// <summary>A citizen finds the new service on the home page, is told off for a too short event name, and files; returns the registration number.</summary>
    private async Task<string> ApplyAsync()
    {
        var page = await host.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Article, new() { Name = "Izin Keramaian", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Ajukan permohonan" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/apply/izin-keramaian"));
        await page.GetByLabel("Nama pemohon").FillAsync(Applicant);
        await page.GetByLabel("Alamat surel (wajib)").First.FillAsync(Email);
        await page.GetByLabel("Nomor telepon").FillAsync("081234567890");
        await page.GetByLabel("NIK (16 digit)").FillAsync("3327011203850002");
        await page.GetByLabel("Nama acara").FillAsync("Pentas");
        await page.GetByLabel("Tanggal acara").FillAsync("2026-08-17");
        await page.GetByLabel("Tempat acara").FillAsync("Alun-alun Pemalang, Jl. Jenderal Sudirman");
        await page.GetByLabel("Perkiraan jumlah pengunjung").FillAsync("1500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();

        // The event name's minimum length, set in the studio, is enforced.
        await Assertions.Expect(page.GetByText("Periksa kembali isian yang ditandai.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Nama acara")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.GetByLabel("Nama acara").FillAsync("Pentas Seni Peringatan HUT RI ke-81");
        await BrowserHost.ScreenshotAsync(page, "54-keramaian-apply");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("receipt")).ToBeVisibleAsync();
        var number = await page.GetByTestId("registration-number").InnerTextAsync();
        Assert.Contains("-IKR-", number, StringComparison.Ordinal);
        await page.Context.CloseAsync();
        return number;
    }

    /// <summary><c>pdfsig</c>'s report and <c>pdftotext</c>'s text (white space made single spaces) of the mailed PDF.</summary>
    private static async Task<(string Signature, string Text)> InspectAsync(MimePart part)
    {
        var directory = Directory.CreateTempSubdirectory("mpp-keramaian-").FullName;
        try
        {
            var path = Path.Combine(directory, "izin.pdf");
            await using (var file = File.Create(path))
            {
                await part.Content!.DecodeToAsync(file);
            }

            File.Copy(path, Path.Combine(BrowserHost.ScreenshotDirectory, "56-keramaian-permit.pdf"), overwrite: true);
            var signature = await ExternalTool.RunAsync("pdfsig", [path], "poppler-utils", TimeSpan.FromSeconds(30));
            await SignatureInspection.AssertBaselineTAsync(path);
            var text = await ExternalTool.RunAsync("pdftotext", ["-layout", path, "-"], "poppler-utils", TimeSpan.FromSeconds(30));
            Assert.True(text.ExitCode == 0, $"pdftotext exited {text.ExitCode}: {text.StandardError}");
            return (signature.StandardOutput, Regex.Replace(text.StandardOutput, @"\s+", " "));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task AssertAxeCleanAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, $"{what}: " + string.Join("; ", serious));
    }
}
