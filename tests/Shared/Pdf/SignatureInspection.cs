using System.Text.RegularExpressions;

namespace Mpp.Workflows.Testing.Pdf;

/// <summary>
/// Reads a signed PDF's signature with other tools than the ones that made it: poppler's <c>pdfsig</c> for the signature,
/// <c>openssl cms -cmsout -print</c> for the CMS in /Contents, <c>qpdf --check</c> for the file.
/// </summary>
public static partial class SignatureInspection
{
    public const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";
    public const string TimestampTokenOid = "1.2.840.113549.1.9.16.2.14";
    public const string SigningTimeOid = "1.2.840.113549.1.9.5";

    /// <summary>
    /// PDFsharp 6.2.4 writes each Flate stream as a zlib header plus raw deflate data without the Adler-32 trailer
    /// (Pdf.Filters/FlateDecode.Encode). The deflate data is complete, so readers decode it, but qpdf, which inflates
    /// the page content streams during --check, warns "input stream is complete but output may still be valid" and
    /// exits 3. That warning is the only one accepted here; any other warning or error fails.
    /// </summary>
    public const string MissingAdlerChecksumWarning = "input stream is complete but output may still be valid";

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether the PDF has a Document Security Store: the name <c>/DSS</c> as a whole token. A bare substring search also
    /// finds it inside other names, such as a font subset's random tag (<c>/FontName/DSSIBP+Liberation…</c>).
    /// </summary>
    public static bool HasDss(byte[] pdf) => DssName().IsMatch(System.Text.Encoding.Latin1.GetString(pdf));

    // A PDF name ends at whitespace or a delimiter.
    [GeneratedRegex(@"/DSS(?=[\s/<>\[\]()%{}])")]
    private static partial Regex DssName();

    /// <summary>
    /// The signature's CMS: the hex string of the signature dictionary's /Contents, decoded and cut to the length its outer
    /// DER SEQUENCE declares (the rest is the zero padding of the reserved room).
    /// </summary>
    public static byte[] Cms(byte[] pdf)
    {
        var contents = SignatureContents().Match(Encoding.Latin1.GetString(pdf));
        Assert.True(contents.Success, "signed PDF has no signature dictionary with a /Contents hex string");
        var der = Convert.FromHexString(contents.Groups[1].Value);
        Assert.Equal(0x30, der[0]);
        var lengthBytes = der[1] & 0x7f;
        var length = der[1] < 0x80 ? der[1] + 2 : 2 + lengthBytes + der.AsSpan(2, lengthBytes).ToArray().Aggregate(0, (n, b) => (n << 8) | b);
        return der[..length];
    }

    /// <summary><c>openssl cms -cmsout -print -inform DER</c> of the signature's CMS, written beside <paramref name="pdfPath"/>.</summary>
    public static async Task<string> PrintCmsAsync(byte[] pdf, string pdfPath)
    {
        var path = Path.ChangeExtension(pdfPath, ".p7s");
        await File.WriteAllBytesAsync(path, Cms(pdf));
        var result = await ExternalTool.RunAsync("openssl", ["cms", "-cmsout", "-print", "-inform", "DER", "-in", path], "openssl", ToolTimeout);
        Assert.True(result.ExitCode == 0, $"{result.CommandLine} exited {result.ExitCode}: {result.StandardError}");
        return result.StandardOutput;
    }

    /// <summary>The attribute and algorithm OIDs <c>openssl cms -print</c> printed (it prints "name (number)" or the number).</summary>
    public static IReadOnlyList<string> Oids(string printedCms) =>
        [.. PrintedObject().Matches(printedCms).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)];

    public static Task<ExternalToolResult> PdfSigAsync(string pdfPath) =>
        ExternalTool.RunAsync("pdfsig", [pdfPath], "poppler-utils", ToolTimeout);

    /// <summary>
    /// Fails unless the PDF at <paramref name="pdfPath"/> carries a valid PAdES baseline B-T signature: pdfsig calls it a valid
    /// <c>ETSI.CAdES.detached</c> signature over the whole document; its CMS has signing-certificate-v2 and the signature
    /// timestamp token and no signing-time; qpdf finds the file sound.
    /// </summary>
    public static async Task AssertBaselineTAsync(string pdfPath)
    {
        var pdf = await File.ReadAllBytesAsync(pdfPath);
        var pdfsig = (await PdfSigAsync(pdfPath)).StandardOutput;
        Assert.Contains("Signature Type: ETSI.CAdES.detached", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Signature Validation: Signature is Valid.", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Total document signed", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Signing Time:", pdfsig, StringComparison.Ordinal);
        var oids = Oids(await PrintCmsAsync(pdf, pdfPath));
        Assert.Contains(SigningCertificateV2Oid, oids);
        Assert.Contains(TimestampTokenOid, oids);
        Assert.DoesNotContain(SigningTimeOid, oids);
        await AssertQpdfCleanAsync(pdfPath);
    }

    /// <summary>Fails unless <c>qpdf --check</c> finds no errors and no warnings other than <see cref="MissingAdlerChecksumWarning"/>.</summary>
    public static async Task AssertQpdfCleanAsync(string pdfPath)
    {
        var result = await ExternalTool.RunAsync("qpdf", ["--check", pdfPath], "qpdf", ToolTimeout);
        var output = result.StandardOutput + result.StandardError;
        Assert.True(result.ExitCode is 0 or 3, $"qpdf --check exited {result.ExitCode}:\n{output}");
        Assert.Contains(
            result.ExitCode == 0 ? "No syntax or stream encoding errors found" : "operation succeeded with warnings",
            output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("ERROR", output, StringComparison.OrdinalIgnoreCase);
        var warnings = output.Split('\n')
            .Where(line => line.Contains("WARNING", StringComparison.Ordinal))
            .Where(line => !line.Contains(MissingAdlerChecksumWarning, StringComparison.Ordinal))
            .ToList();
        Assert.True(warnings.Count == 0, "qpdf --check warned:\n" + string.Join('\n', warnings));
    }

    [GeneratedRegex(@"/Type\s*/Sig\b[^>]*?/Contents\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex SignatureContents();

    [GeneratedRegex(@"object:\s*[^\n]*\(([0-9.]+)\)|object:\s*([0-9.]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex PrintedObject();
}
