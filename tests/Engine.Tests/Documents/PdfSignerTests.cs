using System.Text.RegularExpressions;
using Mpp.Workflows.Engine.Pdf;
using Mpp.Workflows.Engine.Documents;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace Mpp.Workflows.Engine.Tests.Documents;

public sealed partial class PdfSignerTests(SigningFixture fixture) : IClassFixture<SigningFixture>
{
    private static readonly SignatureInfo Info =
        new("Penerbitan izin", "Pemalang", new DateTimeOffset(2026, 11, 27, 10, 30, 0, TimeSpan.FromHours(7)));

    private readonly PdfDocumentRenderer renderer = new(new Letterhead());

    public static TheoryData<string> Routes => new(DocumentSamples.Routes);

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Sign_Permit_PdfsigReportsSignatureValid(string route)
    {
        var signed = new PdfSigner(fixture.Certificate).Sign(renderer.RenderPermit(DocumentSamples.Permit(route)), Info);

        var result = await PdfInspection.PdfSigAsync(signed, $"signed-permit-{route}");

        Assert.Contains("Signature #1", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Signature Validation: Signature is Valid.", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Signature Type: ETSI.CAdES.detached", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Signed Ranges:", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Total document signed", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_Rejection_PdfsigReportsSignatureValid()
    {
        var signed = new PdfSigner(fixture.Certificate).Sign(renderer.RenderRejection(DocumentSamples.Rejection("pbg")), Info);

        var result = await PdfInspection.PdfSigAsync(signed, "signed-rejection-pbg");

        Assert.Contains("Signature Validation: Signature is Valid.", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_OneByteChangedInsideSignedRange_PdfsigReportsInvalid()
    {
        var signed = new PdfSigner(fixture.Certificate).Sign(renderer.RenderPermit(DocumentSamples.Permit("sip-dokter")), Info);
        var tampered = (byte[])signed.Clone();
        var (firstRangeLength, secondRangeStart) = ByteRange(signed);
        var title = Encoding.ASCII.GetBytes("/Title(");
        var position = signed.AsSpan().IndexOf(title) + title.Length;
        Assert.True(position > title.Length && position < firstRangeLength, "the document title must lie in the first signed range");
        Assert.True(secondRangeStart > firstRangeLength);
        tampered[position] = (byte)(tampered[position] == (byte)'X' ? 'Y' : 'X');

        var result = await PdfInspection.PdfSigAsync(tampered, "tampered-permit");

        Assert.DoesNotContain("Signature is Valid", result.StandardOutput, StringComparison.Ordinal);
        Assert.Matches("Signature Validation: (Digest Mismatch|Signature is Invalid)", result.StandardOutput);
    }

    [Fact]
    public async Task Sign_QpdfCheckFindsNoErrors()
    {
        var signed = new PdfSigner(fixture.Certificate).Sign(renderer.RenderPermit(DocumentSamples.Permit("pbg")), Info);

        await PdfInspection.AssertQpdfCleanAsync(signed, "signed-permit-qpdf");
    }

    [Fact]
    public void Sign_KeepsTextAndAddsVisibleStampOnLastPage()
    {
        var content = DocumentSamples.Permit("reklame");

        var signed = new PdfSigner(fixture.Certificate).Sign(renderer.RenderPermit(content), Info);

        var text = PdfInspection.Text(signed);
        Assert.Contains(content.PermitNumber, text, StringComparison.Ordinal);
        Assert.Contains(content.HolderName, text, StringComparison.Ordinal);
        using var document = PigDocument.Open(signed);
        var widget = Assert.Single(document.GetPage(document.NumberOfPages).GetAnnotations());
        Assert.True(widget.Rectangle.Width > 300, $"the stamp should span the text width, got {widget.Rectangle}");
        Assert.True(widget.HasNormalAppearance);
    }

    [Fact]
    public async Task FromPkcs12_LoadsTheDevelopmentCertificateAndSigns()
    {
        var password = File.ReadAllText(Path.Combine(fixture.DataDirectory, DevelopmentCertificate.PasswordFileName));
        var signer = PdfSigner.FromPkcs12(Path.Combine(fixture.DataDirectory, DevelopmentCertificate.FileName), password);

        var signed = signer.Sign(renderer.RenderReceipt(DocumentSamples.Receipt("pbg")), Info);

        var result = await PdfInspection.PdfSigAsync(signed, "signed-receipt");

        Assert.Contains("Signature is Valid", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RejectsCertificateWithoutPrivateKey()
    {
        using var publicOnly = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(fixture.Certificate.RawData);

        Assert.Throws<ArgumentException>(() => new PdfSigner(publicOnly));
    }

    private static (long FirstRangeLength, long SecondRangeStart) ByteRange(byte[] pdf)
    {
        var match = ByteRangePattern().Match(Encoding.Latin1.GetString(pdf));
        Assert.True(match.Success, "signed PDF has no /ByteRange");
        return (long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)\s+\d+\s*\]")]
    private static partial Regex ByteRangePattern();
}
