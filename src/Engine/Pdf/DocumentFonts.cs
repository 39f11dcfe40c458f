using PdfSharp.Fonts;

namespace Mpp.Workflows.Engine.Pdf;

/// <summary>The one font family of every document, registered with PDFsharp's process-wide settings.</summary>
internal static class DocumentFonts
{
    public const string Family = "Liberation Sans";

    private static readonly Lock Gate = new();
    private static bool registered;

    /// <summary>
    /// PDFsharp accepts a font resolver only once per process and before any font is used, while renderers and
    /// signers may be created concurrently; the first caller installs it under the lock.
    /// </summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (registered)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }
            else if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
            {
                throw new InvalidOperationException(
                    "Another PDFsharp font resolver is installed; documents need the embedded Liberation Sans resolver.");
            }

            registered = true;
        }
    }
}
