using Microsoft.Playwright;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// Uploads on <c>/apply</c> (the SIP form's "Pindaian STR"), and the documents and files offered afterwards: on the tracking
/// page with the token, on the application page to staff.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UploadTests(BrowserHost host)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    [Fact]
    public async Task Apply_StoresTheUploadedPdf_TrackingAndApplicationPagesOfferDocumentsAndFile()
    {
        var applicant = await host.NewPageAsync();
        var tracking = await ApplicantJourneyTests.ApplyForSipAsync(applicant, "dr. Unggah Berkas",
            beforeSubmit: page => page.GetByLabel("Pindaian STR").SetInputFilesAsync(
                new FilePayload { Name = "str-unggah.pdf", MimeType = "application/pdf", Buffer = Pdf }));
        var registrationNumber = await applicant.GetByTestId("registration-number").InnerTextAsync();

        // The receipt is issued by the outbox dispatcher after the commit; the page lists it once it exists.
        await WaitForReceiptAsync(registrationNumber);
        await applicant.GotoAsync(tracking);
        var receipt = applicant.GetByTestId("documents").Locator("a[data-kind=Receipt]");

        await Assertions.Expect(applicant.GetByTestId("attachments")).ToContainTextAsync("str-unggah.pdf");
        await BrowserHost.ScreenshotAsync(applicant, "upload-01-track-documents");
        var href = await receipt.GetAttributeAsync("href");
        Assert.Contains("token=", href, StringComparison.Ordinal);
        var pdf = await applicant.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await pdf.BodyAsync(), 0, 4), StringComparison.Ordinal);

        var file = await applicant.Context.APIRequest.GetAsync((await applicant.GetByTestId("attachments").Locator("a").GetAttributeAsync("href"))!);
        Assert.Equal(Pdf, await file.BodyAsync());

        var staff = await host.SignedInPageAsync("dpmptsp.frontoffice");
        await (await BrowserHost.OpenInboxRowAsync(staff, registrationNumber)).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("documents")).ToContainTextAsync("Tanda terima");
        await Assertions.Expect(staff.GetByTestId("attachments")).ToContainTextAsync("str-unggah.pdf");
        await BrowserHost.ScreenshotAsync(staff, "upload-02-application-documents");
        var staffReceipt = await staff.Context.APIRequest.GetAsync(
            (await staff.GetByTestId("documents").Locator("a[data-kind=Receipt]").GetAttributeAsync("href"))!);
        Assert.Equal(200, staffReceipt.Status);
        Assert.Equal("application/pdf", staffReceipt.Headers["content-type"]);
        var staffFile = await staff.Context.APIRequest.GetAsync((await staff.GetByTestId("attachments").Locator("a").GetAttributeAsync("href"))!);
        Assert.Equal(Pdf, await staffFile.BodyAsync());
    }

    [Fact]
    public async Task Apply_RefusesAProgramNamedPdf_WithATypeMessage()
    {
        var page = await FilledFormAsync("dr. Berkas Palsu", new FilePayload
        {
            Name = "str.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("MZ\u0090 not a pdf at all"),
        });

        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();

        await Assertions.Expect(page.Locator("#f-data-dokumenStr-error")).ToContainTextAsync("hanya PDF, JPEG atau PNG");
        await Assertions.Expect(page.GetByTestId("receipt")).ToHaveCountAsync(0);
        await BrowserHost.ScreenshotAsync(page, "upload-03-wrong-type");
    }

    [Fact]
    public async Task Apply_RefusesAFileOverTheSizeLimit_WithASizeMessage()
    {
        var big = new byte[(5 * 1024 * 1024) + 10];
        Pdf.CopyTo(big, 0);
        var page = await FilledFormAsync("dr. Berkas Besar", new FilePayload { Name = "str-besar.pdf", MimeType = "application/pdf", Buffer = big });

        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();

        await Assertions.Expect(page.Locator("#f-data-dokumenStr-error")).ToContainTextAsync("terlalu besar");
        await Assertions.Expect(page.Locator("#f-data-dokumenStr-error")).ToContainTextAsync("5 MB");
        await Assertions.Expect(page.GetByTestId("receipt")).ToHaveCountAsync(0);
        await BrowserHost.ScreenshotAsync(page, "upload-04-too-big");
    }

    /// <summary>The SIP form filled correctly except for the file, not yet sent.</summary>
    private async Task<IPage> FilledFormAsync(string name, FilePayload file)
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/apply/sip-dokter");
        await page.GetByLabel("Nama pemohon").FillAsync(name);
        await page.GetByLabel("Alamat surel (wajib)").First.FillAsync("pemohon@example.org");
        // The route's own name, NIK and e-mail are filled from the applicant's.
        await page.GetByLabel("NIK (16 digit)").FillAsync("3327015505900001");
        await page.GetByLabel("Profesi").SelectOptionAsync("Dokter");
        await page.GetByLabel("Nomor STR").FillAsync("STR-1234567");
        await page.GetByLabel("Nama tempat praktik").FillAsync("Klinik Sehat Pemalang");
        await page.GetByLabel("Alamat tempat praktik").FillAsync("Jl. Jenderal Sudirman 10, Pemalang");
        await page.GetByLabel("Pindaian STR").SetInputFilesAsync(file);
        return page;
    }

    /// <summary>Waits for the dispatcher to issue the receipt; a failure says where the outbox rows of the file stand.</summary>
    private async Task WaitForReceiptAsync(string registrationNumber)
    {
        var store = host.Services.GetRequiredService<IWorkflowStore>();
        var instance = (await store.FindInstanceByRegistrationNumberAsync(registrationNumber, CancellationToken.None))!;
        await Poll.UntilAsync(
            async () => (await store.ListDocumentsAsync(instance.Id, CancellationToken.None)).Any(d => d.Kind == DocumentKinds.Receipt),
            TimeSpan.FromSeconds(60),
            async () => $"No receipt for {registrationNumber} after 60 s; outbox: " + string.Join("; ",
                (await store.ListOutboxOfInstanceAsync(instance.Id, CancellationToken.None))
                    .Select(r => $"{r.Kind} {r.Status} attempts {r.Attempts} next {r.NextAttemptAt:O} {r.LastError}")));
    }
}
