using Mpp.Workflows.Testing.Pdf;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Pdf;
using Mpp.Workflows.Engine.Pdf.LongTerm;
using Mpp.Workflows.Testing;
using Mpp.Workflows.Testing.Revocation;
using Mpp.Workflows.Testing.Tsa;

namespace Mpp.Workflows.Engine.Tests.Documents;

/// <summary>
/// PAdES baseline B-LT: a signer certificate from a test CA whose CRL and OCSP responder run on loopback
/// (<see cref="TestRevocationAuthority"/>: the CRL from .NET's CRL builder, OCSP answers from <c>openssl ocsp</c>), a real
/// timestamp from the loopback TSA, and the DSS read back by qpdf (<c>--show-object</c>, <c>--json</c> with the stream
/// data), openssl (<c>openssl ocsp -respin</c>, <c>openssl crl</c>) and pdfsig, which must still call the signature valid.
/// </summary>
public sealed class PadesLongTermTests(PadesLongTermTests.Services services) : IClassFixture<PadesLongTermTests.Services>
{
    private static readonly SignatureInfo Info =
        new("Penerbitan izin", "Pemalang", new DateTimeOffset(2026, 11, 27, 10, 30, 0, TimeSpan.FromHours(7)));

    private readonly PdfDocumentRenderer renderer = new(new Letterhead());

    [Fact]
    public async Task Sign_CertificateWithCrlAndOcsp_AppendsDssIncrementally_AndTheSignatureStaysValid()
    {
        var ca = services.Authority;
        using var certificate = ca.Issue("Kepala DPMPTSP LT", ca.CrlUrl, ca.OcspUrl);
        var (crlsBefore, ocspBefore) = (ca.CrlsServed, ca.OcspAnswered);
        var signer = new PdfSigner(certificate, [ca.Root], new TimestampClient(services.Tsa.Url), new RevocationFetcher());
        var bt = new PdfSigner(certificate, [ca.Root], new TimestampClient(services.Tsa.Url)).Sign(Render(), Info);

        var signed = signer.Sign(Render(), Info);

        Assert.True(ca.CrlsServed > crlsBefore, "the CRL was never fetched");
        Assert.True(ca.OcspAnswered > ocspBefore, "the OCSP responder was never asked");
        var pdfsig = (await PdfInspection.PdfSigAsync(signed, "pades-lt-permit")).StandardOutput;
        Assert.Contains("Signature Type: ETSI.CAdES.detached", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Signature Validation: Signature is Valid.", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Not total document signed", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Total document signed", (await PdfInspection.PdfSigAsync(bt, "pades-bt-same-signer")).StandardOutput, StringComparison.Ordinal);
        await PdfInspection.AssertQpdfCleanAsync(signed, "pades-lt-permit");
        Assert.Equal(1, Regex.Count(System.Text.Encoding.Latin1.GetString(signed), "/ByteRange"));

        var path = PdfInspection.Save(signed, "pades-lt-permit");
        var dss = await DssAsync(path);
        Assert.Equal(ca.Crl, Assert.Single(dss["CRLs"]));
        Assert.Equal(
            new[] { certificate.RawData, ca.Root.RawData }.Select(Convert.ToHexString).Order(),
            dss["Certs"].Select(Convert.ToHexString).Order());
        var ocsp = PdfInspection.Save(Assert.Single(dss["OCSPs"]), "pades-lt-permit-ocsp");
        var verified = await ExternalTool.RunAsync(
            "openssl", ["ocsp", "-respin", ocsp, "-resp_text", "-CAfile", ca.RootCertificatePath], "openssl", TimeSpan.FromSeconds(30));
        var printed = verified.StandardOutput + verified.StandardError;
        Assert.True(verified.ExitCode == 0, printed);
        Assert.Contains("OCSP Response Status: successful", printed, StringComparison.Ordinal);
        Assert.Contains("Cert Status: good", printed, StringComparison.Ordinal);
        Assert.Contains($"Serial Number: {certificate.SerialNumber}", printed, StringComparison.Ordinal);
        Assert.Contains("Response verify OK", printed, StringComparison.Ordinal);

        // The signed revision is untouched: the file signed is a prefix of the file with the DSS.
        Assert.True(await PreviousRevisionIsSignedAsync(signed), "the bytes the signature covers changed");
    }

    [Fact]
    public async Task Sign_CertificateWithCrlOnly_StoresTheServedCrl()
    {
        var ca = services.Authority;
        using var certificate = ca.Issue("Kepala DPMPTSP CRL", ca.CrlUrl, ocsp: null);

        var signed = new PdfSigner(certificate, [ca.Root], new TimestampClient(services.Tsa.Url), new RevocationFetcher()).Sign(Render(), Info);

        var dss = await DssAsync(PdfInspection.Save(signed, "pades-lt-crl-only"));
        Assert.Equal(ca.Crl, Assert.Single(dss["CRLs"]));
        Assert.False(dss.ContainsKey("OCSPs"));
        var pdfsig = (await PdfInspection.PdfSigAsync(signed, "pades-lt-crl-only")).StandardOutput;
        Assert.Contains("Signature Validation: Signature is Valid.", pdfsig, StringComparison.Ordinal);
        await PdfInspection.AssertQpdfCleanAsync(signed, "pades-lt-crl-only");
    }

    [Fact]
    public async Task Sign_RevocationServerUnreachable_LeavesAValidBaselineTDocument_AndWarns()
    {
        var ca = services.Authority;
        var closed = new Uri($"http://127.0.0.1:{ClosedPort()}/crl/root.crl");
        using var certificate = ca.Issue("Kepala DPMPTSP Offline", closed, new Uri($"http://127.0.0.1:{ClosedPort()}/ocsp/"));
        var logger = new RecordingLogger();

        var signed = new PdfSigner(certificate, [ca.Root], new TimestampClient(services.Tsa.Url), new RevocationFetcher(logger: logger))
            .Sign(Render(), Info);

        Assert.False(SignatureInspection.HasDss(signed));
        var pdfsig = (await PdfInspection.PdfSigAsync(signed, "pades-lt-unreachable")).StandardOutput;
        Assert.Contains("Signature Validation: Signature is Valid.", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Total document signed", pdfsig, StringComparison.Ordinal);
        Assert.DoesNotContain("Not total document signed", pdfsig, StringComparison.Ordinal);
        Assert.Contains(SignatureInspection.TimestampTokenOid, SignatureInspection.Oids(await PdfInspection.PrintCmsAsync(signed, "pades-lt-unreachable")));
        Assert.Contains(logger.Warnings, w => w.Contains("could not be reached", StringComparison.Ordinal) && w.Contains(closed.ToString(), StringComparison.Ordinal));
        Assert.Contains(logger.Warnings, w => w.Contains("stays PAdES baseline B-T", StringComparison.Ordinal));
    }

    [Fact]
    public void Sign_SelfSignedCertificateWithoutAddresses_StaysAsSigned_AndWarnsOnce()
    {
        var ca = services.Authority;
        using var certificate = ca.Issue("Kepala DPMPTSP Tanpa CRL", crl: null, ocsp: null);
        var logger = new RecordingLogger();
        var signer = new PdfSigner(certificate, [ca.Root], revocation: new RevocationFetcher(logger: logger));

        var first = signer.Sign(Render(), Info);
        var second = signer.Sign(Render(), Info);

        Assert.False(SignatureInspection.HasDss(first));
        Assert.False(SignatureInspection.HasDss(second));
        Assert.Single(logger.Warnings, w => w.Contains("no CRL distribution point or OCSP responder", StringComparison.Ordinal));
    }

    /// <summary>
    /// The trailer's /Root, its /DSS and each array's streams, read with qpdf: <c>--show-object</c> for the dictionaries,
    /// <c>--json</c> with inline (base64) stream data for the bytes.
    /// </summary>
    private static async Task<Dictionary<string, List<byte[]>>> DssAsync(string path)
    {
        var trailer = await RunAsync("qpdf", ["--show-object=trailer", path]);
        var root = Regex.Match(trailer, @"/Root (\d+) 0 R").Groups[1].Value;
        var catalog = await RunAsync("qpdf", [$"--show-object={root}", path]);
        var dssMatch = Regex.Match(catalog, @"/DSS (\d+) 0 R");
        Assert.True(dssMatch.Success, $"the catalog has no /DSS: {catalog}");
        var dss = await RunAsync("qpdf", [$"--show-object={dssMatch.Groups[1].Value}", path]);
        Assert.Contains("/Type /DSS", dss, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await RunAsync("qpdf", ["--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=none", path]));
        var objects = json.RootElement.GetProperty("qpdf")[1];
        var result = new Dictionary<string, List<byte[]>>();
        foreach (Match array in Regex.Matches(dss, @"/(Certs|CRLs|OCSPs) \[([^\]]*)\]"))
        {
            result[array.Groups[1].Value] = [.. Regex.Matches(array.Groups[2].Value, @"(\d+) 0 R")
                .Select(reference => Convert.FromBase64String(
                    objects.GetProperty($"obj:{reference.Groups[1].Value} 0 R").GetProperty("stream").GetProperty("data").GetString()!))];
        }

        return result;
    }

    /// <summary>pdfsig on the revision the signature's /ByteRange ends at: the whole of it signed, the signature valid.</summary>
    private static async Task<bool> PreviousRevisionIsSignedAsync(byte[] signed)
    {
        var range = Regex.Match(System.Text.Encoding.Latin1.GetString(signed), @"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]");
        var end = long.Parse(range.Groups[3].Value) + long.Parse(range.Groups[4].Value);
        var revision = signed[..(int)end];
        var pdfsig = (await PdfInspection.PdfSigAsync(revision, "pades-lt-signed-revision")).StandardOutput;
        return pdfsig.Contains("Signature is Valid.", StringComparison.Ordinal) && pdfsig.Contains("Total document signed", StringComparison.Ordinal)
            && !pdfsig.Contains("Not total document signed", StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(string tool, string[] arguments)
    {
        var result = await ExternalTool.RunAsync(tool, arguments, tool == "qpdf" ? "qpdf" : "openssl", TimeSpan.FromSeconds(30));
        Assert.True(result.ExitCode == 0, $"{result.CommandLine} exited {result.ExitCode}: {result.StandardOutput}{result.StandardError}");
        return result.StandardOutput;
    }

    private static int ClosedPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    private byte[] Render() => renderer.RenderPermit(DocumentSamples.Permit("sip-dokter"));

    /// <summary>The loopback CA with its CRL and OCSP services, and a TSA, for this class.</summary>
    public sealed class Services : IAsyncLifetime
    {
        public TestRevocationAuthority Authority { get; private set; } = null!;

        public TestTimestampAuthority Tsa { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Authority = await TestRevocationAuthority.StartAsync();
            Tsa = await TestTimestampAuthority.StartAsync();
        }

        public async Task DisposeAsync()
        {
            if (Authority is not null)
            {
                await Authority.DisposeAsync();
            }

            if (Tsa is not null)
            {
                await Tsa.DisposeAsync();
            }
        }
    }

    private sealed class RecordingLogger : Microsoft.Extensions.Logging.ILogger
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> warnings = new();

        public IReadOnlyList<string> Warnings => [.. warnings];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(
            Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == Microsoft.Extensions.Logging.LogLevel.Warning)
            {
                warnings.Enqueue(formatter(state, exception));
            }
        }
    }
}
