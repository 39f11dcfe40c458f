using System.Security.Cryptography;
using Microsoft.Playwright;
using MimeKit;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The counter's day at desktop size (issue 11): a walk-in filed at the counter, the inbox's search and filters, a decision
/// that needs a reason, the next role's task read-only, "save and next", and the signer's draft permit.
/// <code>
/// apply ──▶ check-completeness (DPMPTSP FrontOffice) ──Lengkap──▶ verify-file (DPMPTSP Reviewer) ──Terverifikasi──▶
///           health-recommendation (DINKES Reviewer) ──Rekomendasi──▶ sign-permit (DPMPTSP Signer, sees the draft permit)
///           check-completeness ──TidakLengkap (needs a reason)──▶ return-incomplete
/// </code>
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CounterWorkTests(BrowserHost host)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task WalkIn_FiledAtTheCounter_PrintsTheReceipt_AndTheApplicantGetsTheSameMailAndLink()
    {
        var email = $"walkin-{Guid.NewGuid():N}@example.org";
        var counter = await host.SignedInPageAsync("dpmptsp.frontoffice");
        await counter.GotoAsync("/inbox");
        await counter.GetByTestId("counter-link").ClickAsync();
        await Assertions.Expect(counter.GetByTestId("counter-services")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(counter, "counter-01-services");

        await ApplicantJourneyTests.ApplyForSipAsync(counter, "Warga Datang Langsung", nik: NewNik(), atCounter: true, email: email,
            beforeSubmit: async page =>
            {
                // Not filed until the officer confirms the identity card was checked at the desk.
                await Assertions.Expect(page.GetByTestId("at-counter")).ToBeVisibleAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();
                await Assertions.Expect(page.Locator("#f-identityChecked-error")).ToContainTextAsync("Periksa identitas pemohon");
                await page.GetByLabel("Identitas pemohon (KTP) sudah diperiksa di loket").CheckAsync();
            });
        var registrationNumber = await counter.GetByTestId("registration-number").InnerTextAsync();
        Assert.DoesNotContain("token=", await counter.ContentAsync(), StringComparison.Ordinal);

        // The receipt is drawn after commit; the page offers it for printing once it exists.
        await Poll.UntilAsync(
            async () =>
            {
                await counter.ReloadAsync();
                return await counter.GetByTestId("print-receipt").CountAsync() == 1;
            },
            Patience);
        await BrowserHost.ScreenshotAsync(counter, "counter-03-receipt");
        var receipt = await counter.Context.APIRequest.GetAsync((await counter.GetByTestId("print-receipt").GetAttributeAsync("href"))!);
        Assert.Equal(200, receipt.Status);
        Assert.Equal("application/pdf", receipt.Headers["content-type"]);
        Assert.StartsWith("inline", receipt.Headers["content-disposition"], StringComparison.Ordinal);

        // The citizen gets the receipt mail with the tracking link, as an online applicant does.
        MimeMessage? mail = null;
        await Poll.UntilAsync(() => (mail = ReceiptMailTo(email)) is not null, Patience);
        Assert.Contains($"/track/{registrationNumber}?token=", mail!.TextBody, StringComparison.Ordinal);

        // The file is in the office's inbox like any other.
        await Assertions.Expect(await BrowserHost.OpenInboxRowAsync(counter, registrationNumber)).ToContainTextAsync("Warga Datang Langsung");
    }

    [Fact]
    public async Task Inbox_SearchesByNameNumberAndNik_AndFiltersByStateAndOverdue()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (alfaNik, betaNik) = (NewNik(), NewNik());
        var applicant = await host.NewPageAsync();
        await ApplicantJourneyTests.ApplyForSipAsync(applicant, $"Alfa {tag}", nik: alfaNik);
        var alfa = await applicant.GetByTestId("registration-number").InnerTextAsync();
        await ApplicantJourneyTests.ApplyForSipAsync(applicant, $"Beta {tag}", nik: betaNik);
        var beta = await applicant.GetByTestId("registration-number").InnerTextAsync();

        var staff = await host.SignedInPageAsync("dpmptsp.frontoffice");
        await staff.GotoAsync("/inbox");
        var inbox = staff.GetByTestId("inbox");
        foreach (var column in new[] { "Nomor registrasi", "Pemohon", "Layanan" })
        {
            await Assertions.Expect(inbox.Locator("thead")).ToContainTextAsync(column);
        }

        await SearchAsync(staff, $"alfa {tag}");
        await Assertions.Expect(inbox.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(inbox).ToContainTextAsync(alfa);
        await Assertions.Expect(inbox).ToContainTextAsync("Surat Izin Praktik");
        await BrowserHost.ScreenshotAsync(staff, "counter-04-inbox-search");

        await SearchAsync(staff, betaNik);
        await Assertions.Expect(inbox.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(inbox).ToContainTextAsync(beta);

        await SearchAsync(staff, beta);
        await Assertions.Expect(inbox.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(inbox).ToContainTextAsync($"Beta {tag}");

        // Claimed by me: only the file the officer took.
        await SearchAsync(staff, tag);
        await Assertions.Expect(inbox.Locator("tbody tr")).ToHaveCountAsync(2);
        await inbox.Locator("tr", new() { HasText = alfa }).GetByRole(AriaRole.Link).ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Ambil" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Lepaskan" })).ToBeVisibleAsync();
        await staff.GotoAsync("/inbox");
        await SearchAsync(staff, tag);
        await staff.GetByTestId("inbox-claim").SelectOptionAsync("Mine");
        await Assertions.Expect(inbox.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(inbox).ToContainTextAsync(alfa);
        await staff.GetByTestId("inbox-claim").SelectOptionAsync("Unclaimed");
        await Assertions.Expect(inbox.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(inbox).ToContainTextAsync(beta);
        await BrowserHost.ScreenshotAsync(staff, "counter-05-inbox-filter");

        // Both files are new, so none is overdue.
        await staff.GetByTestId("inbox-claim").SelectOptionAsync("Any");
        await staff.GetByTestId("inbox-overdue").CheckAsync();
        await Assertions.Expect(staff.GetByTestId("inbox-empty")).ToHaveTextAsync("Tidak ada yang cocok dengan pencarian ini.");

        await staff.GetByTestId("tab-finished").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("inbox-result")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(staff, "counter-06-finished");
    }

    [Fact]
    public async Task Decision_ThatReturnsTheFile_NeedsAReason_ThenTheNextRoleIsReadOnly_AndSaveAndNextOpensAnotherFile()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var applicant = await host.NewPageAsync();
        await ApplicantJourneyTests.ApplyForSipAsync(applicant, $"Gamma {tag}", nik: NewNik());
        var gamma = await applicant.GetByTestId("registration-number").InnerTextAsync();
        await ApplicantJourneyTests.ApplyForSipAsync(applicant, $"Delta {tag}", nik: NewNik());

        var staff = await host.SignedInPageAsync("dpmptsp.frontoffice");
        await staff.GotoAsync("/inbox");
        await SearchAsync(staff, gamma);
        await staff.GetByTestId("inbox").Locator("tr", new() { HasText = gamma }).GetByRole(AriaRole.Link).ClickAsync();
        var gammaUrl = staff.Url;

        // The decision sits at the top, beside the file's data, not below the route.
        var form = staff.GetByTestId("decision-form");
        var box = await form.BoundingBoxAsync();
        Assert.True(box is { Y: < 400 }, $"The decision form starts {box?.Y} px from the top.");
        await Assertions.Expect(staff.GetByTestId("reason-required")).ToContainTextAsync("Tidak lengkap");

        await staff.GetByRole(AriaRole.Button, new() { Name = "Ambil" }).ClickAsync();
        await staff.GetByLabel("Keputusan").SelectOptionAsync("TidakLengkap");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Selesaikan" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("comment-error")).ToContainTextAsync("wajib disertai alasan");
        await BrowserHost.ScreenshotAsync(staff, "counter-07-reason-required");
        await Assertions.Expect(staff.GetByTestId("task")).ToHaveCountAsync(1);

        await staff.GetByLabel("Keputusan").SelectOptionAsync("Lengkap");
        await staff.GetByTestId("save-next").ClickAsync();
        await staff.WaitForURLAsync(url => url.Contains("saved=true", StringComparison.Ordinal) && !url.StartsWith(gammaUrl, StringComparison.Ordinal));
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Tersimpan.");
        await Assertions.Expect(staff.GetByTestId("decision-form")).ToHaveCountAsync(1);
        await BrowserHost.ScreenshotAsync(staff, "counter-08-save-and-next");

        // Back on the first file the reviewer's step is shown, without a form the front office could not use.
        await staff.GotoAsync(gammaUrl);
        await Assertions.Expect(staff.GetByTestId("readonly-task")).ToContainTextAsync("Pemeriksa berkas");
        await Assertions.Expect(staff.GetByTestId("decision-form")).ToHaveCountAsync(0);
        await Assertions.Expect(staff.GetByTestId("no-decision")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(staff, "counter-09-readonly-next-role");
    }

    [Fact]
    public async Task Signer_SeesTheDraftPermit_WatermarkedAndUnsigned_AndAnUninvolvedOfficeDoesNot()
    {
        var applicant = await host.NewPageAsync();
        await ApplicantJourneyTests.ApplyForSipAsync(applicant, "dr. Draf Izin", nik: NewNik());
        var number = await applicant.GetByTestId("registration-number").InnerTextAsync();
        await ApplicantJourneyTests.CompleteTaskAsync(host, "dpmptsp.frontoffice", number, "Lengkap", null);
        await ApplicantJourneyTests.CompleteTaskAsync(host, "dpmptsp.reviewer", number, "Terverifikasi", null);
        await ApplicantJourneyTests.CompleteTaskAsync(host, "dinkes.reviewer", number, "Rekomendasi", null);

        var signer = await host.SignedInPageAsync("dpmptsp.signer");
        await (await BrowserHost.OpenInboxRowAsync(signer, number)).GetByRole(AriaRole.Link).ClickAsync();
        var link = signer.GetByTestId("draft-permit").GetByRole(AriaRole.Link);
        await Assertions.Expect(link).ToHaveTextAsync("Draf izin (belum ditandatangani)");
        await Assertions.Expect(signer.GetByTestId("reason-required")).ToContainTextAsync("Tolak");
        await BrowserHost.ScreenshotAsync(signer, "counter-10-signer-draft");
        var href = (await link.GetAttributeAsync("href"))!;
        var draft = await signer.Context.APIRequest.GetAsync(href);
        Assert.Equal(200, draft.Status);
        Assert.StartsWith("inline", draft.Headers["content-disposition"], StringComparison.Ordinal);
        var text = await PdfTextAsync(await draft.BodyAsync());
        Assert.Contains("DRAF", text, StringComparison.Ordinal);
        Assert.Contains("dr. Draf Izin", text, StringComparison.Ordinal);
        Assert.Contains("(diberikan saat ditandatangani)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kode verifikasi", text, StringComparison.Ordinal);

        // The receipt listed on the file page downloads; the same document under another application's address is not found.
        var receiptHref = (await signer.GetByRole(AriaRole.Link, new() { Name = "Tanda terima", Exact = true }).First.GetAttributeAsync("href"))!;
        Assert.Matches("^/applications/[0-9a-f-]{36}/documents/[0-9a-f-]{36}$", receiptHref);
        var receipt = await signer.Context.APIRequest.GetAsync(receiptHref);
        Assert.Equal((200, "application/pdf"), (receipt.Status, receipt.Headers["content-type"]));
        var elsewhere = "/applications/" + Guid.NewGuid() + receiptHref[("/applications/".Length + 36)..];
        Assert.Equal(404, (await signer.Context.APIRequest.GetAsync(elsewhere)).Status);

        // Another office is sent to the "not allowed" page, never given the PDF.
        var outsider = await host.SignedInPageAsync("pupr.reviewer");
        var refused = await outsider.Context.APIRequest.GetAsync(href, new() { MaxRedirects = 0 });
        Assert.Equal(302, refused.Status);
        Assert.Contains("/forbidden", refused.Headers["location"], StringComparison.Ordinal);
        var refusedReceipt = await outsider.Context.APIRequest.GetAsync(receiptHref, new() { MaxRedirects = 0 });
        Assert.Equal(302, refusedReceipt.Status);
    }

    private static async Task SearchAsync(IPage page, string text)
    {
        // The filters answer at once when the page is interactive; wait for that so that a choice in a list is not lost.
        await Assertions.Expect(page.Locator("[data-testid=inbox-filters][data-interactive=true]")).ToHaveCountAsync(1);
        await page.GetByTestId("inbox-search").FillAsync(text);
        await page.GetByTestId("inbox-search").PressAsync("Enter");
    }

    private static string NewNik() => "3327" + RandomNumberGenerator.GetInt32(100_000_000, 999_999_999).ToString("D12", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The receipt mail to <paramref name="email"/> as the host's SMTP server received it; null while none has arrived.</summary>
    private MimeMessage? ReceiptMailTo(string email) =>
        host.Smtp.Messages.FirstOrDefault(m =>
            m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? "").StartsWith("Tanda terima", StringComparison.Ordinal));

    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var directory = Directory.CreateTempSubdirectory("mpp-draft-").FullName;
        try
        {
            var path = Path.Combine(directory, "draft.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            var result = await ExternalTool.RunAsync("pdftotext", ["-layout", path, "-"], "poppler-utils", TimeSpan.FromSeconds(30));
            Assert.True(result.ExitCode == 0, result.StandardError);
            return result.StandardOutput;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
