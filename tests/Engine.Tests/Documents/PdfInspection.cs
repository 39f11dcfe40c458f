using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace Mpp.Workflows.Engine.Tests.Documents;

/// <summary>Reads rendered PDFs back: text through PdfPig, structure through qpdf and poppler.</summary>
internal static class PdfInspection
{
    private static readonly string Directory = System.IO.Directory.CreateTempSubdirectory("mpp-documents-").FullName;

    /// <summary>Each page's words joined by single spaces, pages joined by newlines.</summary>
    public static string Text(byte[] pdf)
    {
        using var document = PigDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(page => string.Join(" ", page.GetWords().Select(word => word.Text))));
    }

    public static string Save(byte[] pdf, string name)
    {
        var path = Path.Combine(Directory, name + ".pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>
    /// PDFsharp 6.2.4 writes each Flate stream as a zlib header plus raw deflate data without the Adler-32 trailer
    /// (Pdf.Filters/FlateDecode.Encode). The deflate data is complete, so readers decode it, but qpdf, which inflates
    /// the page content streams during --check, warns "input stream is complete but output may still be valid" and
    /// exits 3. That warning is the only one accepted here; any other warning or error fails.
    /// </summary>
    public const string MissingAdlerChecksumWarning = "input stream is complete but output may still be valid";

    /// <summary>Fails unless <c>qpdf --check</c> finds no errors and no warnings other than <see cref="MissingAdlerChecksumWarning"/>.</summary>
    public static void AssertQpdfClean(byte[] pdf, string name)
    {
        var result = ExternalTool.Run("qpdf", "qpdf", ["--check", Save(pdf, name)]);
        Assert.True(result.ExitCode is 0 or 3, $"qpdf --check exited {result.ExitCode}:\n{result.Output}");
        Assert.Contains(
            result.ExitCode == 0 ? "No syntax or stream encoding errors found" : "operation succeeded with warnings",
            result.Output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("ERROR", result.Output, StringComparison.OrdinalIgnoreCase);
        var warnings = result.Output.Split('\n')
            .Where(line => line.Contains("WARNING", StringComparison.Ordinal))
            .Where(line => !line.Contains(MissingAdlerChecksumWarning, StringComparison.Ordinal))
            .ToList();
        Assert.True(warnings.Count == 0, "qpdf --check warned:\n" + string.Join('\n', warnings));
    }

    public static ExternalTool.Result PdfSig(byte[] pdf, string name) => ExternalTool.Run("pdfsig", "poppler-utils", [Save(pdf, name)]);
}
