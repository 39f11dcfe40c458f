using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Pdf;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace Mpp.Workflows.Engine.Tests.Documents;

/// <summary>Permits and refusal letters print their check code under the QR code that links to verification with it.</summary>
public sealed class CheckCodeRenderingTests
{
    private const string Code = "7KQ2M-XD9RP-WAHT2-E5NBC";
    private const string Url = "https://mpp.pemalangkab.go.id/verify/503/0042/SIP/DPMPTSP/2026?code=" + Code;

    private readonly PdfDocumentRenderer renderer = new(new Letterhead());

    [Theory]
    [MemberData(nameof(PdfDocumentRendererTests.Routes), MemberType = typeof(PdfDocumentRendererTests))]
    public void RenderPermit_PrintsTheCheckCodeAndTheLinkWithIt(string route)
    {
        var pdf = renderer.RenderPermit(DocumentSamples.Permit(route) with { VerificationUrl = Url, CheckCode = Code });

        var text = PdfInspection.Text(pdf);
        Assert.Contains("Kode verifikasi:", text, StringComparison.Ordinal);
        Assert.Contains(Code, text, StringComparison.Ordinal);
        Assert.Contains(Url, text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderRejection_WithAVerificationLink_CarriesQrCodeAndCheckCode()
    {
        var pdf = renderer.RenderRejection(DocumentSamples.Rejection("reklame") with { VerificationUrl = Url, CheckCode = Code });

        using var document = PigDocument.Open(pdf);
        Assert.Single(document.GetPage(document.NumberOfPages).GetImages());
        var text = PdfInspection.Text(pdf);
        Assert.Contains(Code, text, StringComparison.Ordinal);
        Assert.Contains(Url, text, StringComparison.Ordinal);
    }
}
