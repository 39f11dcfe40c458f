using System.Reflection;
using PdfSharp.Fonts;

namespace Mpp.Workflows.Engine.Pdf;

/// <summary>
/// Serves the Liberation Sans faces shipped inside this assembly, so a document looks the same on every machine
/// and never depends on the fonts installed there. Every family name resolves to Liberation Sans: PDFsharp itself
/// asks for families such as Verdana in places we do not control.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private const string RegularFace = "LiberationSans-Regular";
    private const string BoldFace = "LiberationSans-Bold";

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName)
    {
        var resource = $"Mpp.Workflows.Engine.Pdf.Fonts.{faceName}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font resource '{resource}' is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
