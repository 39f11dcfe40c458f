using System.Text.RegularExpressions;
using MimeKit;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Documents;

/// <summary>The text of a mailed PDF as pdftotext reads it.</summary>
internal static partial class PdfText
{
    /// <summary>The PDF's text, runs of white space (line breaks included) made single spaces.</summary>
    public static async Task<string> OfAsync(MimePart part)
    {
        var directory = Directory.CreateTempSubdirectory("mpp-pdf-").FullName;
        try
        {
            var path = Path.Combine(directory, "document.pdf");
            await using (var file = File.Create(path))
            {
                await part.Content!.DecodeToAsync(file);
            }

            var result = await ExternalTool.RunAsync("pdftotext", ["-layout", path, "-"], "poppler-utils", TimeSpan.FromSeconds(30));
            Assert.True(result.ExitCode == 0, $"pdftotext exited {result.ExitCode}: {result.StandardError}");
            return WhiteSpace().Replace(result.StandardOutput, " ");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
