using Mpp.Workflows.Engine.Pdf;
using Mpp.Workflows.Engine.Documents;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace Mpp.Workflows.Engine.Tests.Documents;

public sealed class PdfDocumentRendererTests
{
    private readonly PdfDocumentRenderer renderer = new(new Letterhead { Phone = "(0284) 000000", Website = "dpmptsp.example.go.id" });

    public static TheoryData<string> Routes => new(DocumentSamples.Routes);

    [Theory]
    [MemberData(nameof(Routes))]
    public void RenderPermit_PrintsNumberHolderFieldsAndDates(string route)
    {
        var content = DocumentSamples.Permit(route);

        var pdf = renderer.RenderPermit(content);

        var text = PdfInspection.Text(pdf);
        Assert.Contains("PEMERINTAH KABUPATEN PEMALANG", text, StringComparison.Ordinal);
        Assert.Contains(content.Title, text, StringComparison.Ordinal);
        Assert.Contains("Nomor: " + content.PermitNumber, text, StringComparison.Ordinal);
        Assert.Contains(content.HolderName, text, StringComparison.Ordinal);
        Assert.Contains(content.HolderNik, text, StringComparison.Ordinal);
        Assert.Contains(content.RegistrationNumber, text, StringComparison.Ordinal);
        Assert.Contains("pada tanggal 27 November 2026", text, StringComparison.Ordinal);
        Assert.Contains(DocumentSamples.Head.Name, text, StringComparison.Ordinal);
        Assert.Contains("a.n. Bupati Pemalang", text, StringComparison.Ordinal);
        Assert.Contains("Ditandatangani secara elektronik", text, StringComparison.Ordinal);
        foreach (var field in content.Fields)
        {
            Assert.Contains(field.Value, text, StringComparison.Ordinal);
        }

        if (content.ValidUntil is { } until)
        {
            Assert.Contains("sampai dengan tanggal " + IndonesianDate.Format(until), text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void RenderPermit_CarriesQrCodeImage(string route)
    {
        var pdf = renderer.RenderPermit(DocumentSamples.Permit(route));

        using var document = PigDocument.Open(pdf);
        Assert.Single(document.GetPage(document.NumberOfPages).GetImages());
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void RenderReceipt_PrintsRegistrationApplicantRequirementsAndTracking(string route)
    {
        var content = DocumentSamples.Receipt(route);

        var pdf = renderer.RenderReceipt(content);

        var text = PdfInspection.Text(pdf);
        Assert.Contains("TANDA TERIMA PERMOHONAN", text, StringComparison.Ordinal);
        Assert.Contains(content.RegistrationNumber, text, StringComparison.Ordinal);
        Assert.Contains(content.ApplicantName, text, StringComparison.Ordinal);
        Assert.Contains(content.ServiceName, text, StringComparison.Ordinal);
        Assert.Contains("20 November 2026 pukul 09.15 WIB", text, StringComparison.Ordinal);
        Assert.Contains("27 November 2026", text, StringComparison.Ordinal);
        Assert.Contains("Surat pernyataan kebenaran data", text, StringComparison.Ordinal);
        Assert.Contains(content.TrackingUrl, text, StringComparison.Ordinal);
        Assert.Contains("Kode pelacakan dikirim ke email pemohon", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderReceipt_HeadsTheRequirementsWithoutCallingThemAllHandedIn()
    {
        var content = DocumentSamples.Receipt("reklame") with
        {
            SubmittedRequirements = ["Pindaian KTP (berkas diunggah)", "Surat kuasa (bawa ke loket)"],
        };

        var text = PdfInspection.Text(renderer.RenderReceipt(content));

        Assert.DoesNotContain("yang diserahkan", text, StringComparison.Ordinal);
        Assert.Contains("Persyaratan (diunggah atau dibawa ke loket):", text, StringComparison.Ordinal);
        Assert.Contains("Surat kuasa (bawa ke loket)", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void RenderRejection_PrintsLetterNumberApplicantAndEveryReason(string route)
    {
        var content = DocumentSamples.Rejection(route);

        var pdf = renderer.RenderRejection(content);

        var text = PdfInspection.Text(pdf);
        Assert.Contains(content.LetterNumber, text, StringComparison.Ordinal);
        Assert.Contains(content.RegistrationNumber, text, StringComparison.Ordinal);
        Assert.Contains(content.ApplicantName, text, StringComparison.Ordinal);
        Assert.Contains("Pemalang, 27 November 2026", text, StringComparison.Ordinal);
        foreach (var reason in content.Reasons)
        {
            Assert.Contains(reason, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task EveryDocumentKind_PassesQpdfCheck(string route)
    {
        await PdfInspection.AssertQpdfCleanAsync(renderer.RenderPermit(DocumentSamples.Permit(route)), $"permit-{route}");
        await PdfInspection.AssertQpdfCleanAsync(renderer.RenderReceipt(DocumentSamples.Receipt(route)), $"receipt-{route}");
        await PdfInspection.AssertQpdfCleanAsync(renderer.RenderRejection(DocumentSamples.Rejection(route)), $"rejection-{route}");
    }

    [Fact]
    public async Task RenderPermit_EmbedsEveryFont()
    {
        var pdf = renderer.RenderPermit(DocumentSamples.Permit("pbg"));

        var result = await PdfInspection.PdfFontsAsync(pdf, "fonts-pbg");

        Assert.Equal(0, result.ExitCode);
        var fonts = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Contains("Liberation Sans", line, StringComparison.Ordinal));
        // Columns: name type encoding emb sub uni object-id; "emb" must read yes for every font.
        Assert.All(fonts, line => Assert.Matches(@"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line));
    }

    [Fact]
    public void RenderReceipt_FlowsLongRequirementListOntoSecondPage()
    {
        var requirements = Enumerable.Range(1, 60).Select(i => $"Persyaratan nomor {i} dengan keterangan yang cukup panjang untuk diuji").ToList();
        var content = DocumentSamples.Receipt("pbg") with { SubmittedRequirements = requirements };

        var pdf = renderer.RenderReceipt(content);

        using var document = PigDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2, $"expected at least two pages, got {document.NumberOfPages}");
        var lastPage = string.Join(" ", document.GetPage(document.NumberOfPages).GetWords().Select(word => word.Text));
        Assert.Contains("Persyaratan nomor 60 dengan", lastPage, StringComparison.Ordinal);
        Assert.Contains("tidak diketahui petugas.", lastPage, StringComparison.Ordinal);
        AssertEveryWordInsideTheMargins(document);
    }

    [Fact]
    public void RenderPermit_WrapsLongValuesInsideTheRightMargin()
    {
        var content = DocumentSamples.Permit("reklame") with
        {
            Fields = [new PermitField("Naskah Reklame", string.Join(" ", Enumerable.Repeat("Promo besar akhir tahun", 12))),
                new PermitField("Lokasi Pemasangan", "https://example.org/" + new string('x', 160))],
        };

        var pdf = renderer.RenderPermit(content);

        using var document = PigDocument.Open(pdf);
        AssertEveryWordInsideTheMargins(document);
    }

    [Fact]
    public void RenderRejection_ManyReasonsContinueOnNextPageWithSignatureKeptTogether()
    {
        var reasons = Enumerable.Range(1, 45).Select(i => $"Alasan penolakan nomor {i}.").ToList();
        var content = DocumentSamples.Rejection("sip-dokter") with { Reasons = reasons };

        var pdf = renderer.RenderRejection(content);

        using var document = PigDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2);
        var last = string.Join(" ", document.GetPage(document.NumberOfPages).GetWords().Select(word => word.Text));
        Assert.Contains("Alasan penolakan nomor 45.", PdfInspection.Text(pdf), StringComparison.Ordinal);
        Assert.Contains("Kepala DPMPTSP", last, StringComparison.Ordinal);
        Assert.Contains(DocumentSamples.Head.Name, last, StringComparison.Ordinal);
        AssertEveryWordInsideTheMargins(document);
    }

    [Fact]
    public void RenderPermit_ConcurrentCallsOnOneRenderer_ProduceTheSameText()
    {
        var content = DocumentSamples.Permit("sip-dokter");
        var expected = PdfInspection.Text(renderer.RenderPermit(content));

        var texts = Enumerable.Range(0, 16).AsParallel().WithDegreeOfParallelism(8)
            .Select(_ => PdfInspection.Text(renderer.RenderPermit(content)))
            .ToList();

        Assert.All(texts, text => Assert.Equal(expected, text));
    }

    private static void AssertEveryWordInsideTheMargins(PigDocument document)
    {
        const double MillimetreInPoints = 72 / 25.4;
        foreach (var page in document.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                Assert.True(word.BoundingBox.Left >= 24 * MillimetreInPoints && word.BoundingBox.Right <= page.Width - (19 * MillimetreInPoints),
                    $"'{word.Text}' on page {page.Number} runs outside the side margins ({word.BoundingBox}).");
                Assert.True(word.BoundingBox.Bottom >= 5 * MillimetreInPoints,
                    $"'{word.Text}' on page {page.Number} runs off the bottom ({word.BoundingBox}).");
            }
        }
    }
}
