using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Mpp.Workflows.Engine.Pdf;

/// <summary>
/// A top-to-bottom writer over A4 pages: wraps text to a width and starts a new page whenever the next line or
/// block would reach the reserved bottom band, so long lists continue on the next page instead of running off it.
/// </summary>
internal sealed class PageFlow : IDisposable
{
    private readonly PdfDocument document;
    private XGraphics graphics;
    private bool finished;

    public PageFlow(PdfDocument document)
    {
        this.document = document;
        graphics = XGraphics.FromPdfPage(AddPage());
        Y = PageGeometry.Top;
    }

    public double Y { get; set; }

    public XGraphics Graphics => graphics;

    public void Dispose()
    {
        if (!finished)
        {
            graphics.Dispose();
        }
    }

    public void Space(double points) => Y += points;

    /// <summary>Moves to a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void Reserve(double height)
    {
        if (Y + height <= PageGeometry.ContentBottom || Y <= PageGeometry.Top)
        {
            return;
        }

        graphics.Dispose();
        graphics = XGraphics.FromPdfPage(AddPage());
        Y = PageGeometry.Top;
    }

    public static double LineHeight(XFont font) => font.Size * 1.3;

    /// <summary>Writes wrapped text between <paramref name="x"/> and <paramref name="x"/> + <paramref name="width"/>.</summary>
    public void Paragraph(string text, XFont font, double x, double width, XStringAlignment alignment = XStringAlignment.Near)
    {
        var lineHeight = LineHeight(font);
        foreach (var line in Wrap(text, font, width))
        {
            Reserve(lineHeight);
            DrawLine(line, font, x, width, alignment);
            Y += lineHeight;
        }
    }

    /// <summary>A label, a colon and a wrapped value, the way Indonesian letters list particulars.</summary>
    public void LabeledRow(string label, string value, XFont labelFont, XFont valueFont, double labelWidth)
    {
        var left = PageGeometry.Left;
        var colon = left + labelWidth;
        var valueLeft = colon + 10;
        var lineHeight = LineHeight(valueFont);
        var labelLines = Wrap(label, labelFont, labelWidth - 4);
        var valueLines = Wrap(value, valueFont, PageGeometry.Right - valueLeft);
        var rows = Math.Max(labelLines.Count, valueLines.Count);
        for (var i = 0; i < rows; i++)
        {
            Reserve(lineHeight);
            if (i < labelLines.Count)
            {
                DrawLine(labelLines[i], labelFont, left, labelWidth, XStringAlignment.Near);
            }

            if (i == 0)
            {
                DrawLine(":", valueFont, colon, 10, XStringAlignment.Near);
            }

            if (i < valueLines.Count)
            {
                DrawLine(valueLines[i], valueFont, valueLeft, PageGeometry.Right - valueLeft, XStringAlignment.Near);
            }

            Y += lineHeight;
        }
    }

    /// <summary>"1. text" items whose wrapped lines hang under the text, not under the number.</summary>
    public void NumberedList(IReadOnlyList<string> items, XFont font, double indent)
    {
        var x = PageGeometry.Left + indent;
        var textLeft = x + 18;
        var lineHeight = LineHeight(font);
        for (var i = 0; i < items.Count; i++)
        {
            var lines = Wrap(items[i], font, PageGeometry.Right - textLeft);
            for (var j = 0; j < lines.Count; j++)
            {
                Reserve(lineHeight);
                if (j == 0)
                {
                    DrawLine($"{i + 1}.", font, x, 18, XStringAlignment.Near);
                }

                DrawLine(lines[j], font, textLeft, PageGeometry.Right - textLeft, XStringAlignment.Near);
                Y += lineHeight;
            }
        }
    }

    public void Rule(double thickness)
    {
        graphics.DrawLine(new XPen(XColors.Black, thickness), PageGeometry.Left, Y, PageGeometry.Right, Y);
    }

    public void DrawLine(string text, XFont font, double x, double width, XStringAlignment alignment)
    {
        var format = new XStringFormat { Alignment = alignment, LineAlignment = XLineAlignment.Near };
        graphics.DrawString(text, font, XBrushes.Black, new XRect(x, Y, width, LineHeight(font)), format);
    }

    /// <summary>Splits text into lines no wider than <paramref name="width"/>; a word longer than a line (a URL) is cut.</summary>
    public IReadOnlyList<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (Fits(candidate, font, width))
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                current = word;
                while (!Fits(current, font, width) && current.Length > 1)
                {
                    var take = current.Length - 1;
                    while (take > 1 && !Fits(current[..take], font, width))
                    {
                        take--;
                    }

                    lines.Add(current[..take]);
                    current = current[take..];
                }
            }

            lines.Add(current);
        }

        return lines;
    }

    /// <summary>Draws the footer on every page once the page count is known.</summary>
    public void Finish(string? footerNote)
    {
        graphics.Dispose();
        finished = true;
        var font = new XFont(DocumentFonts.Family, 7.5);
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var footer = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var y = PageGeometry.FooterTop;
            footer.DrawLine(new XPen(XColors.Gray, 0.5), PageGeometry.Left, y, PageGeometry.Right, y);
            var page = $"Halaman {i + 1} dari {count}";
            var pageWidth = footer.MeasureString(page, font).Width;
            footer.DrawString(page, font, XBrushes.Black, new XRect(PageGeometry.Right - pageWidth, y + 3, pageWidth, 10),
                XStringFormats.TopLeft);
            if (footerNote is not null)
            {
                var noteWidth = PageGeometry.ContentWidth - pageWidth - 12;
                var lineY = y + 3;
                foreach (var line in Wrap(footerNote, font, noteWidth).Take(3))
                {
                    footer.DrawString(line, font, XBrushes.Black, new XRect(PageGeometry.Left, lineY, noteWidth, 10),
                        XStringFormats.TopLeft);
                    lineY += LineHeight(font);
                }
            }
        }
    }

    private bool Fits(string text, XFont font, double width) => graphics.MeasureString(text, font).Width <= width;

    private PdfPage AddPage()
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageGeometry.Width);
        page.Height = XUnit.FromPoint(PageGeometry.Height);
        return page;
    }
}
