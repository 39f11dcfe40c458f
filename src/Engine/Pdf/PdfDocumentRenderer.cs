using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Pdf;

/// <summary>
/// Renders receipts, permits and refusal letters as A4 PDFs in Indonesian with the office letterhead, using the
/// embedded Liberation Sans faces. Instances are stateless apart from the letterhead and may be shared.
/// </summary>
public sealed partial class PdfDocumentRenderer : IDocumentRenderer
{
    private static readonly double LabelWidth = XUnit.FromMillimeter(45).Point;

    private readonly Letterhead letterhead;
    private readonly XFont regencyFont;
    private readonly XFont officeFont;
    private readonly XFont titleFont;
    private readonly XFont bodyFont;
    private readonly XFont boldFont;
    private readonly XFont smallFont;

    public PdfDocumentRenderer(Letterhead letterhead)
    {
        ArgumentNullException.ThrowIfNull(letterhead);
        DocumentFonts.EnsureRegistered();
        this.letterhead = letterhead;
        regencyFont = new XFont(DocumentFonts.Family, 14, XFontStyleEx.Bold);
        officeFont = new XFont(DocumentFonts.Family, 12.5, XFontStyleEx.Bold);
        titleFont = new XFont(DocumentFonts.Family, 13, XFontStyleEx.Bold);
        bodyFont = new XFont(DocumentFonts.Family, 11);
        boldFont = new XFont(DocumentFonts.Family, 11, XFontStyleEx.Bold);
        smallFont = new XFont(DocumentFonts.Family, 9);
    }

    private byte[] Render(string title, string? footerNote, Action<PageFlow> body, string? watermark = null)
    {
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Author = letterhead.OfficeName;
        document.Info.Creator = "Mpp.Workflows";
        using (var flow = new PageFlow(document))
        {
            DrawLetterhead(flow);
            body(flow);
            flow.Finish(footerNote);
        }

        if (watermark is not null)
        {
            DrawWatermark(document, watermark);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>Large translucent text across every page, over the content, so that no copy passes for the real document.</summary>
    private static void DrawWatermark(PdfDocument document, string text)
    {
        var font = new XFont(DocumentFonts.Family, 120, XFontStyleEx.Bold);
        var brush = new XSolidBrush(XColor.FromArgb(70, 200, 30, 30));
        foreach (var page in document.Pages)
        {
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var centre = new XPoint(page.Width.Point / 2, page.Height.Point / 2);
            graphics.RotateAtTransform(-50, centre);
            graphics.DrawString(text, font, brush, new XRect(0, centre.Y - 80, page.Width.Point, 160), XStringFormats.Center);
        }
    }

    private void DrawLetterhead(PageFlow flow)
    {
        var left = PageGeometry.Left;
        var width = PageGeometry.ContentWidth;
        flow.Paragraph(letterhead.RegencyName, regencyFont, left, width, XStringAlignment.Center);
        flow.Paragraph(letterhead.OfficeName, officeFont, left, width, XStringAlignment.Center);
        if (letterhead.Address.Length > 0)
        {
            flow.Paragraph(letterhead.Address, smallFont, left, width, XStringAlignment.Center);
        }

        var contacts = string.Join("  ", new[]
        {
            letterhead.Phone.Length > 0 ? "Telp. " + letterhead.Phone : "",
            letterhead.Email.Length > 0 ? "Email: " + letterhead.Email : "",
            letterhead.Website.Length > 0 ? "Laman: " + letterhead.Website : "",
        }.Where(part => part.Length > 0));
        if (contacts.Length > 0)
        {
            flow.Paragraph(contacts, smallFont, left, width, XStringAlignment.Center);
        }

        flow.Space(3);
        flow.Rule(1.8);
        flow.Space(2.5);
        flow.Rule(0.6);
        flow.Space(16);
    }

    private void DrawTitle(PageFlow flow, string title, string numberLine)
    {
        flow.Paragraph(title, titleFont, PageGeometry.Left, PageGeometry.ContentWidth, XStringAlignment.Center);
        flow.Paragraph(numberLine, bodyFont, PageGeometry.Left, PageGeometry.ContentWidth, XStringAlignment.Center);
        flow.Space(14);
    }

    private void Row(PageFlow flow, string label, string value) => flow.LabeledRow(label, value, bodyFont, bodyFont, LabelWidth);

    /// <summary>
    /// The signing official's block in the right half, kept on one page; with a verification URL the QR code sits
    /// in the left half beside it, and under it the check code for those who type instead of scanning.
    /// </summary>
    private void DrawSignatureBlock(
        PageFlow flow, IReadOnlyList<string> placeAndDate, Signatory signer, string? verificationUrl, string? checkCode)
    {
        var x = PageGeometry.Left + (PageGeometry.ContentWidth * 0.5);
        var width = PageGeometry.Right - x;
        var lines = new List<(string Text, XFont Font)>();
        lines.AddRange(placeAndDate.Select(line => (line, bodyFont)));
        lines.Add(("", bodyFont));
        if (!string.IsNullOrWhiteSpace(signer.OnBehalfOf))
        {
            lines.Add(("a.n. " + signer.OnBehalfOf, bodyFont));
        }

        lines.Add((signer.Position, bodyFont));
        lines.Add(("", bodyFont));
        lines.Add(("Ditandatangani secara elektronik", smallFont));
        lines.Add(("", bodyFont));
        lines.Add((signer.Name, boldFont));
        if (!string.IsNullOrWhiteSpace(signer.EmployeeNumber))
        {
            lines.Add(("NIP. " + signer.EmployeeNumber, bodyFont));
        }

        var wrapped = lines
            .SelectMany(line => flow.Wrap(line.Text, line.Font, width).Select(text => (Text: text, line.Font)))
            .ToList();
        var height = wrapped.Sum(line => PageFlow.LineHeight(line.Font));
        var qrSize = XUnit.FromMillimeter(30).Point;
        var qrBlock = qrSize + 24 + (checkCode is null ? 0 : 2 * PageFlow.LineHeight(smallFont));
        flow.Reserve(Math.Max(height, verificationUrl is null ? 0 : qrBlock));
        var top = flow.Y;
        if (verificationUrl is not null)
        {
            var qrTop = top + Math.Max(0, (height - qrBlock) / 2);
            QrCodeImage.Draw(flow.Graphics, verificationUrl, PageGeometry.Left, qrTop, qrSize);
            flow.Y = qrTop + qrSize + 2;
            flow.Paragraph("Pindai untuk memeriksa keaslian dokumen", smallFont, PageGeometry.Left, x - PageGeometry.Left - 12);
            if (checkCode is not null)
            {
                flow.Paragraph("Kode verifikasi:", smallFont, PageGeometry.Left, x - PageGeometry.Left - 12);
                flow.Paragraph(checkCode, boldFont, PageGeometry.Left, x - PageGeometry.Left - 12);
            }
        }

        var bottom = flow.Y;
        flow.Y = top;
        foreach (var line in wrapped)
        {
            flow.DrawLine(line.Text, line.Font, x, width, XStringAlignment.Near);
            flow.Y += PageFlow.LineHeight(line.Font);
        }

        flow.Y = Math.Max(flow.Y, bottom);
    }
}
