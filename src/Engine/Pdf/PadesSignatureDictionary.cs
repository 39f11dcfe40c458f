using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Mpp.Workflows.Engine.Pdf;

/// <summary>
/// Marks PDFsharp's signature dictionary as PAdES (<c>/SubFilter /ETSI.CAdES.detached</c>). PDFsharp 6.2.4 writes
/// <c>/adbe.pkcs7.detached</c> into the dictionary it creates while saving and offers no option for it; the first moment
/// our code runs after the dictionary exists and before anything is written is the drawing of the signature field's
/// appearance. So this appearance handler draws the stamp through <paramref name="stamp"/> and then changes the
/// dictionary's entry as a PDF object, before the file and its byte ranges are written.
/// </summary>
internal sealed class PadesSignatureDictionary(PdfDocument document, IAnnotationAppearanceHandler stamp) : IAnnotationAppearanceHandler
{
    public const string SubFilter = "/ETSI.CAdES.detached";

    public void DrawAppearance(XGraphics gfx, XRect rect)
    {
        stamp.DrawAppearance(gfx, rect);
        var signatures = document.Internals.GetAllObjects().OfType<PdfDictionary>()
            .Where(d => d.Elements.GetName("/Type") == "/Sig" && d.Elements.ContainsKey("/ByteRange"))
            .ToList();
        if (signatures.Count != 1)
        {
            throw new InvalidOperationException($"Expected the one signature dictionary PDFsharp creates while saving, found {signatures.Count}.");
        }

        signatures[0].Elements.SetName("/SubFilter", SubFilter);
    }
}
