using Mpp.Workflows.Testing;
using Mpp.Workflows.Testing.Pdf;
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

    /// <summary>Fails unless <c>qpdf --check</c> finds nothing but the Adler-32 warning (<see cref="SignatureInspection.MissingAdlerChecksumWarning"/>).</summary>
    public static Task AssertQpdfCleanAsync(byte[] pdf, string name) => SignatureInspection.AssertQpdfCleanAsync(Save(pdf, name));

    public static Task<ExternalToolResult> PdfSigAsync(byte[] pdf, string name) =>
        ExternalTool.RunAsync("pdfsig", [Save(pdf, name)], "poppler-utils", ToolTimeout);

    /// <summary>The signature's CMS (<see cref="SignatureInspection.Cms"/>).</summary>
    public static byte[] SignatureCms(byte[] pdf) => SignatureInspection.Cms(pdf);

    /// <summary><c>openssl cms -cmsout -print -inform DER</c> of the signature's CMS.</summary>
    public static Task<string> PrintCmsAsync(byte[] pdf, string name) => SignatureInspection.PrintCmsAsync(pdf, Save(pdf, name));

    public static Task<ExternalToolResult> PdfFontsAsync(byte[] pdf, string name) =>
        ExternalTool.RunAsync("pdffonts", [Save(pdf, name)], "poppler-utils", ToolTimeout);
}
