using Mpp.Workflows.Testing;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace Mpp.Workflows.Engine.Tests.Documents;

/// <summary>Reads rendered PDFs back: text through PdfPig, structure through qpdf and poppler.</summary>
internal static class PdfInspection
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(30);
    /// <summary>Beside the test binaries and overwritten by each run, so the PDFs of a failed run can be opened.</summary>
    private static readonly string Directory =
        System.IO.Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "documents-output")).FullName;

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
    public static async Task AssertQpdfCleanAsync(byte[] pdf, string name)
    {
        var result = await ExternalTool.RunAsync("qpdf", ["--check", Save(pdf, name)], "qpdf", ToolTimeout);
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

    public static Task<ExternalToolResult> PdfSigAsync(byte[] pdf, string name) =>
        ExternalTool.RunAsync("pdfsig", [Save(pdf, name)], "poppler-utils", ToolTimeout);

    public static Task<ExternalToolResult> PdfFontsAsync(byte[] pdf, string name) =>
        ExternalTool.RunAsync("pdffonts", [Save(pdf, name)], "poppler-utils", ToolTimeout);
}
