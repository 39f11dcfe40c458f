using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The SIP route in a real browser, end to end through the pages only:
/// <code>
/// apply ──▶ check-completeness (DPMPTSP FrontOffice) ──Lengkap──▶ verify-file (DPMPTSP Reviewer)
///            ──Kembalikan──▶ applicant resubmits on /track ──▶ verify-file ──Terverifikasi──▶
///            health-recommendation (DINKES Reviewer) ──Rekomendasi──▶ sign-permit (DPMPTSP Signer) ──Tandatangani──▶ end (Approved)
/// </code>
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApplicantJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task Applicant_Submits_StaffReturnAndApprove_TrackingShowsCompleted()
    {
        var applicant = await host.NewPageAsync();
        await applicant.GotoAsync("/");
        await Assertions.Expect(applicant.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Layanan perizinan");
        await BrowserHost.ScreenshotAsync(applicant, "01-services");

        var tracking = await ApplyForSipAsync(applicant, "dr. Sari Wulandari");
        await BrowserHost.ScreenshotAsync(applicant, "03-receipt");
        var registrationNumber = await applicant.GetByTestId("registration-number").InnerTextAsync();

        await CompleteTaskAsync("dpmptsp.frontoffice", registrationNumber, "Lengkap", "Berkas lengkap", screenshot: "04-inbox");
        await CompleteTaskAsync("dpmptsp.reviewer", registrationNumber, "Kembalikan", "Mohon unggah STR yang masih berlaku");

        await applicant.GotoAsync(tracking);
        await Assertions.Expect(applicant.GetByTestId("status")).ToContainTextAsync("Menunggu perbaikan pemohon");
        await Assertions.Expect(applicant.GetByTestId("revision-reasons")).ToContainTextAsync("STR yang masih berlaku");
        await BrowserHost.ScreenshotAsync(applicant, "06-track-revision");
        await applicant.GetByLabel("Nomor STR").FillAsync("STR-7654321");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Kirim perbaikan" }).ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("status")).ToContainTextAsync("Sedang diproses");

        await CompleteTaskAsync("dpmptsp.reviewer", registrationNumber, "Terverifikasi", null);
        await CompleteTaskAsync("dinkes.reviewer", registrationNumber, "Rekomendasi", "Tempat praktik layak");
        await CompleteTaskAsync("dpmptsp.signer", registrationNumber, "Tandatangani", null);

        await applicant.GotoAsync(tracking);
        await Assertions.Expect(applicant.GetByTestId("status")).ToContainTextAsync("Selesai");
        await Assertions.Expect(applicant.GetByTestId("status")).ToContainTextAsync("Disetujui");
        var history = await applicant.GetByTestId("history").InnerTextAsync();
        // Offices by the names people know, never by their codes or their officers' user names.
        Assert.Contains("Dinas Kesehatan", history, StringComparison.Ordinal);
        Assert.DoesNotContain("DINKES", history, StringComparison.Ordinal);
        Assert.DoesNotContain("dinkes.reviewer", history, StringComparison.Ordinal);
        Assert.DoesNotContain("dpmptsp.signer", history, StringComparison.Ordinal);
        await BrowserHost.ScreenshotAsync(applicant, "07-track-completed");
    }

    [Fact]
    public async Task Apply_ShowsTheValidatorsMessages_WhenRequiredFieldsAreMissing()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/apply/sip-dokter");
        await page.GetByLabel("Nama pemohon").FillAsync("Budi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Periksa kembali isian yang ditandai.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#f-data-nomorStr-error")).ToContainTextAsync("wajib diisi");
        await Assertions.Expect(page.GetByLabel("Nama pemohon")).ToHaveValueAsync("Budi");
    }

    [Fact]
    public async Task Tracking_WithAWrongToken_ShowsNothingOfTheFile()
    {
        var page = await host.NewPageAsync();
        var tracking = await ApplyForSipAsync(page, "Rahasia Pemohon");
        var wrong = Regex.Replace(tracking, "token=[^&]+", "token=not-the-token");

        var response = await page.GotoAsync(wrong);

        // Refused, with nothing of the file, but the code form again with what went wrong, so the applicant can retype the code.
        Assert.Equal(400, response!.Status);
        await Assertions.Expect(page.GetByTestId("tracking-mismatch")).ToContainTextAsync("tidak cocok");
        await Assertions.Expect(page.GetByTestId("tracking-code-form")).ToBeVisibleAsync();
        Assert.DoesNotContain("Rahasia", await page.ContentAsync(), StringComparison.Ordinal);

        // The number typed in lower case with the right code opens the file.
        var right = Regex.Match(tracking, "token=([^&]+)").Groups[1].Value;
        var number = Regex.Match(tracking, "/track/([^?]+)").Groups[1].Value;
        await page.GotoAsync($"/track?number={number.ToLowerInvariant()}&token={right}");
        await Assertions.Expect(page.GetByTestId("status")).ToBeVisibleAsync();
    }

    /// <summary>A link without the code (the revision mail's, a typed number) asks for the code instead of ending at "not found".</summary>
    [Fact]
    public async Task Tracking_WithoutTheCode_AsksForIt_AndTheCodeFromTheReceiptOpensTheFile()
    {
        var page = await host.NewPageAsync();
        var tracking = await ApplyForSipAsync(page, "Pemohon Tanpa Kode");
        var code = Uri.UnescapeDataString(tracking.Split("token=")[1]);

        var response = await page.GotoAsync(tracking.Split('?')[0]);

        Assert.Equal(200, response!.Status);
        Assert.DoesNotContain("Pemohon Tanpa Kode", await page.ContentAsync(), StringComparison.Ordinal);
        await page.GetByLabel("Kode pelacakan").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lacak", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(page, "05b-track-asks-for-code");
    }

    /// <summary>Fills the SIP form as an applicant would and returns the tracking link from the receipt.</summary>
    /// <summary>
    /// The form's key returns the first receipt to a repeated post, but never to other entries: a form sent again with its
    /// key and a different applicant (Back, edit, send) is told so and shows nothing of the first; sending once more files it.
    /// </summary>
    [Fact]
    public async Task ApplyForm_SentAgainWithOtherEntries_ShowsNothingOfTheFirst_AndASecondSendFilesIt()
    {
        var page = await host.NewPageAsync();
        string? key = null;
        var first = await ApplyForSipAsync(page, "Pemohon Pertama", beforeSubmit: async p =>
            key = await p.Locator("input[name=idempotencyKey]").InputValueAsync());

        var again = await host.NewPageAsync();
        var second = await ApplyForSipAsync(again, "Pemohon Kedua", beforeSubmit: async p =>
        {
            await p.Locator("input[name=idempotencyKey]").EvaluateAsync("(input, key) => input.value = key", key);
            await p.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();
            await Assertions.Expect(p.GetByTestId("already-sent")).ToBeVisibleAsync();
            await Assertions.Expect(p.GetByTestId("receipt")).ToHaveCountAsync(0);
            Assert.DoesNotContain(first.Split("?token=")[1], await p.ContentAsync(), StringComparison.Ordinal);
            await BrowserHost.ScreenshotAsync(p, "02b-apply-already-sent");
        });

        Assert.NotEqual(first.Split('?')[0], second.Split('?')[0]);
    }

    /// <remarks>
    /// With <paramref name="atCounter"/> a signed-in front office files for a walk-in: the page ends at the counter's receipt,
    /// which holds no tracking link, and "" is returned.
    /// </remarks>
    internal static async Task<string> ApplyForSipAsync(
        IPage page, string name, string? comment = null, Func<IPage, Task>? beforeSubmit = null, string nik = "3327015505900001",
        bool atCounter = false, string email = "sari@example.org")
    {
        await page.GotoAsync(atCounter ? "/apply/sip-dokter?loket=true" : "/apply/sip-dokter");
        await page.GetByLabel("Nama pemohon").FillAsync(name);
        await page.GetByLabel("Alamat surel (wajib)").First.FillAsync(email);
        await page.GetByLabel("Nomor telepon").FillAsync("081234567890");
        await page.GetByLabel("NIK (16 digit)").FillAsync(nik);
        // The route's own name, NIK and e-mail fields are filled from the applicant's: the form asks them once.
        await page.GetByLabel("Profesi").SelectOptionAsync("Dokter");
        await page.GetByLabel("Nomor STR").FillAsync("STR-1234567");
        await page.GetByLabel("Nama tempat praktik").FillAsync("Klinik Sehat Pemalang");
        await page.GetByLabel("Alamat tempat praktik").FillAsync("Jl. Jenderal Sudirman 10, Pemalang");
        await page.GetByLabel("Jadwal praktik").FillAsync(comment ?? "Senin–Jumat 16.00–20.00");
        if (beforeSubmit is not null)
        {
            await beforeSubmit(page);
        }

        await BrowserHost.ScreenshotAsync(page, atCounter ? "counter-02-apply" : "02-apply");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();
        if (atCounter)
        {
            await Assertions.Expect(page.GetByTestId("counter-receipt")).ToBeVisibleAsync();
            return "";
        }

        await Assertions.Expect(page.GetByTestId("receipt")).ToBeVisibleAsync();
        return (await page.GetByTestId("tracking-link").GetAttributeAsync("href"))!;
    }

    /// <summary>Signs in, opens the file from the inbox, claims the task and completes it with an outcome.</summary>
    private Task CompleteTaskAsync(string username, string registrationNumber, string outcome, string? comment, string? screenshot = null) =>
        CompleteTaskAsync(host, username, registrationNumber, outcome, comment, screenshot);

    private static async Task CompleteTaskAsync(
        IPage page, string registrationNumber, string outcome, string? comment, string? screenshot, IReadOnlyDictionary<string, string>? fields)
    {
        var row = await BrowserHost.OpenInboxRowAsync(page, registrationNumber);
        if (screenshot is not null)
        {
            await BrowserHost.ScreenshotAsync(page, screenshot);
        }

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ambil" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Lepaskan" })).ToBeVisibleAsync();
        await page.GetByLabel("Keputusan").SelectOptionAsync(outcome);
        if (comment is not null)
        {
            await page.GetByLabel("Catatan", new() { Exact = true }).FillAsync(comment);
        }

        foreach (var (label, value) in fields ?? new Dictionary<string, string>())
        {
            await page.GetByLabel(label).FillAsync(value);
        }

        if (screenshot is not null)
        {
            // The route is drawn read-only with the step the file is at highlighted.
            await Assertions.Expect(page.GetByTestId("route").Locator(".node.current")).ToHaveCountAsync(1);
            await Assertions.Expect(page.GetByTestId("route").Locator("svg path").First).ToBeAttachedAsync();
            await BrowserHost.ScreenshotAsync(page, "05-application");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Selesaikan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tersimpan.");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync(outcome);
        await page.Context.CloseAsync();
    }

    internal static async Task CompleteTaskAsync(
        BrowserHost host,
        string username,
        string registrationNumber,
        string outcome,
        string? comment,
        string? screenshot = null,
        IReadOnlyDictionary<string, string>? fields = null)
    {
        var page = await host.SignedInPageAsync(username);
        try
        {
            await CompleteTaskAsync(page, registrationNumber, outcome, comment, screenshot, fields);
        }
        catch
        {
            // The page as the user saw it when the step failed, beside the other artifacts.
            await BrowserHost.ScreenshotAsync(page, $"failed-{username}-{outcome}");
            throw;
        }
    }
}
