using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Pdf;
using Mpp.Workflows.Testing;
using Mpp.Workflows.Testing.Pdf;
using Mpp.Workflows.Testing.Tsa;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Cms;

namespace Mpp.Workflows.Engine.Tests.Documents;

/// <summary>
/// PAdES signatures as the outbox makes them, read by other tools: pdfsig (poppler) for the signature, openssl for the CMS
/// (<c>openssl cms -cmsout -print</c>) and the timestamp (<c>openssl ts -verify</c> against the test TSA's root), qpdf for
/// the file. The timestamps come from a real RFC 3161 authority on loopback (<see cref="TestTimestampAuthority"/>,
/// <c>openssl ts -reply</c>).
/// </summary>
public sealed class PadesSignatureTests(SigningFixture fixture, PadesSignatureTests.Authority tsa)
    : IClassFixture<SigningFixture>, IClassFixture<PadesSignatureTests.Authority>
{
    private const string SigningCertificateV2Oid = SignatureInspection.SigningCertificateV2Oid;
    private const string TimestampTokenOid = SignatureInspection.TimestampTokenOid;
    private const string SigningTimeOid = SignatureInspection.SigningTimeOid;

    private static readonly SignatureInfo Info =
        new("Penerbitan izin", "Pemalang", new DateTimeOffset(2026, 11, 27, 10, 30, 0, TimeSpan.FromHours(7)));

    private readonly PdfDocumentRenderer renderer = new(new Letterhead());

    public static TheoryData<string> Kinds => new(DocumentKinds.Receipt, DocumentKinds.Permit, DocumentKinds.Rejection);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Sign_WithTimestampAuthority_IsPadesBaselineT_AsPdfsigAndOpensslRead(string kind)
    {
        var before = tsa.Server.Granted;
        var signed = new PdfSigner(fixture.Certificate, timestamps: new TimestampClient(tsa.Server.Url)).Sign(Render(kind), Info);
        var name = $"pades-t-{kind.ToLowerInvariant()}";

        var pdfsig = (await PdfInspection.PdfSigAsync(signed, name)).StandardOutput;
        Assert.Contains("Signature Type: ETSI.CAdES.detached", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Signature Validation: Signature is Valid.", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Total document signed", pdfsig, StringComparison.Ordinal);
        await PdfInspection.AssertQpdfCleanAsync(signed, name);

        var cms = await PdfInspection.PrintCmsAsync(signed, name);
        Assert.Contains(SigningCertificateV2Oid, OidsOf(cms), StringComparer.Ordinal);
        Assert.Contains(TimestampTokenOid, OidsOf(cms), StringComparer.Ordinal);
        Assert.DoesNotContain(SigningTimeOid, OidsOf(cms), StringComparer.Ordinal);
        Assert.True(tsa.Server.Granted > before, "the loopback TSA made no reply");

        await AssertTimestampCoversSignatureValueAsync(signed, name);
    }

    [Fact]
    public async Task Sign_WithoutTimestampAuthority_IsBaselineB_SignedAttributesOnly()
    {
        var signed = new PdfSigner(fixture.Certificate).Sign(Render(DocumentKinds.Permit), Info);

        var pdfsig = (await PdfInspection.PdfSigAsync(signed, "pades-b-permit")).StandardOutput;
        var cms = await PdfInspection.PrintCmsAsync(signed, "pades-b-permit");

        Assert.Contains("Signature Type: ETSI.CAdES.detached", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Signature Validation: Signature is Valid.", pdfsig, StringComparison.Ordinal);
        var oids = OidsOf(cms);
        Assert.Contains(SigningCertificateV2Oid, oids, StringComparer.Ordinal);
        Assert.DoesNotContain(TimestampTokenOid, oids, StringComparer.Ordinal);
        Assert.DoesNotContain(SigningTimeOid, oids, StringComparer.Ordinal);
        Assert.Contains("unsignedAttrs:\n          <ABSENT>", cms, StringComparison.Ordinal);
    }

    /// <summary>The signing-certificate-v2 attribute names the signer's certificate by its SHA-256, as RFC 5035 says.</summary>
    [Fact]
    public void Sign_SigningCertificateV2_HoldsTheSignersCertificateHash()
    {
        var signed = new PdfSigner(fixture.Certificate).Sign(Render(DocumentKinds.Receipt), Info);

        var signer = new CmsSignedData(PdfInspection.SignatureCms(signed)).GetSignerInfos().GetSigners().Single();
        var attribute = signer.SignedAttributes[new DerObjectIdentifier(SigningCertificateV2Oid)];
        var certificate = Org.BouncyCastle.Asn1.Ess.SigningCertificateV2.GetInstance(attribute.AttrValues[0]);
        Assert.Equal(
            System.Security.Cryptography.SHA256.HashData(fixture.Certificate.RawData),
            certificate.GetCerts().Single().GetCertHash());
    }

    [Fact]
    public void Sign_TimestampAuthorityAnswers503_FailsWithTheAuthorityNamed_AndMakesNoDocument()
    {
        using var down = new DownAuthority(tsa.Server);
        var signer = new PdfSigner(fixture.Certificate, timestamps: new TimestampClient(tsa.Server.Url));

        var error = Assert.Throws<TimestampUnavailableException>(() => signer.Sign(Render(DocumentKinds.Permit), Info));

        Assert.Contains(tsa.Server.Url.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
        Assert.True(tsa.Server.Refused > down.RefusedBefore, "the TSA was never asked");
    }

    [Fact]
    public void Sign_TimestampAuthorityUnreachable_Fails()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var closedPort = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var signer = new PdfSigner(fixture.Certificate, timestamps: new TimestampClient(new Uri($"http://127.0.0.1:{closedPort}/tsa")));

        var error = Assert.Throws<TimestampUnavailableException>(() => signer.Sign(Render(DocumentKinds.Receipt), Info));

        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// openssl checks the token against the test root and the SHA-256 of the CMS's signature value: the timestamp is over
    /// this signature, not merely present.
    /// </summary>
    private async Task AssertTimestampCoversSignatureValueAsync(byte[] signed, string name)
    {
        var signer = new CmsSignedData(PdfInspection.SignatureCms(signed)).GetSignerInfos().GetSigners().Single();
        var token = signer.UnsignedAttributes[new DerObjectIdentifier(TimestampTokenOid)].AttrValues[0].GetEncoded(Asn1Encodable.Der);
        var tokenPath = PdfInspection.Save(token, name + "-token");
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(signer.GetSignature()));

        var verified = await ExternalTool.RunAsync(
            "openssl",
            ["ts", "-verify", "-digest", digest, "-in", tokenPath, "-token_in", "-CAfile", tsa.Server.RootCertificatePath],
            "openssl",
            TimeSpan.FromSeconds(30));

        Assert.True(verified.ExitCode == 0, $"{verified.CommandLine}: {verified.StandardOutput}{verified.StandardError}");
        Assert.Contains("Verification: OK", verified.StandardOutput, StringComparison.Ordinal);
        var wrong = await ExternalTool.RunAsync(
            "openssl",
            ["ts", "-verify", "-digest", new string('0', 64), "-in", tokenPath, "-token_in", "-CAfile", tsa.Server.RootCertificatePath],
            "openssl",
            TimeSpan.FromSeconds(30));
        Assert.NotEqual(0, wrong.ExitCode);
    }

    private byte[] Render(string kind) => kind switch
    {
        DocumentKinds.Receipt => renderer.RenderReceipt(DocumentSamples.Receipt("pbg")),
        DocumentKinds.Permit => renderer.RenderPermit(DocumentSamples.Permit("sip-dokter")),
        _ => renderer.RenderRejection(DocumentSamples.Rejection("reklame")),
    };

    private static IReadOnlyList<string> OidsOf(string cms) => SignatureInspection.Oids(cms);

    /// <summary>A loopback TSA of this class's own, so that taking it down does not disturb other tests.</summary>
    public sealed class Authority : IAsyncLifetime
    {
        public TestTimestampAuthority Server { get; private set; } = null!;

        public async Task InitializeAsync() => Server = await TestTimestampAuthority.StartAsync();

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }

    private sealed class DownAuthority : IDisposable
    {
        private readonly TestTimestampAuthority server;

        public DownAuthority(TestTimestampAuthority server)
        {
            this.server = server;
            RefusedBefore = server.Refused;
            server.Available = false;
        }

        public int RefusedBefore { get; }

        public void Dispose() => server.Available = true;
    }
}
