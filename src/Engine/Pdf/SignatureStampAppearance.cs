using PdfSharp.Drawing;
using PdfSharp.Pdf.Annotations;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Pdf;

/// <summary>
/// The visible face of the signature field: who signed and when, in Indonesian, boxed in the band the renderer
/// keeps free above the footer. PDFsharp's own appearance is English and asks for fonts we do not ship.
/// </summary>
internal sealed class SignatureStampAppearance(string signerName, SignatureInfo info) : IAnnotationAppearanceHandler
{
    public void DrawAppearance(XGraphics gfx, XRect rect)
    {
        var font = new XFont(DocumentFonts.Family, 7.5);
        var bold = new XFont(DocumentFonts.Family, 7.5, XFontStyleEx.Bold);
        gfx.DrawRectangle(new XPen(XColors.DarkGray, 0.6), 0.3, 0.3, rect.Width - 0.6, rect.Height - 0.6);
        var lineHeight = PageFlow.LineHeight(font);
        var y = (rect.Height - (3 * lineHeight)) / 2;
        var width = rect.Width - 12;
        gfx.DrawString("Ditandatangani secara elektronik oleh: " + signerName, bold, XBrushes.Black,
            new XRect(6, y, width, lineHeight), XStringFormats.TopLeft);
        gfx.DrawString($"Waktu: {IndonesianDate.FormatDateTime(info.SignedAt)}   Lokasi: {info.Location}", font, XBrushes.Black,
            new XRect(6, y + lineHeight, width, lineHeight), XStringFormats.TopLeft);
        gfx.DrawString("Alasan: " + info.Reason, font, XBrushes.Black,
            new XRect(6, y + (2 * lineHeight), width, lineHeight), XStringFormats.TopLeft);
    }
}
