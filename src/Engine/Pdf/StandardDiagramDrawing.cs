using PdfSharp.Drawing;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Pdf;

/// <summary>
/// Draws a <see cref="StandardDiagram"/> with PDFsharp: the same boxes and lines the standard's page draws as SVG, the main
/// path in dark blue and the rest in grey, each box labelled with its step number and name as real (extractable) text.
/// </summary>
internal static class StandardDiagramDrawing
{
    private static readonly XColor MainColour = XColor.FromArgb(26, 86, 168);
    private static readonly XColor OtherColour = XColor.FromArgb(150, 150, 150);

    public static void Draw(XGraphics graphics, StandardDiagram diagram, double left, double top, double scale)
    {
        var fontSize = Math.Clamp(11 * scale, 4.5, 8);
        var font = new XFont(DocumentFonts.Family, fontSize);
        var labelFont = new XFont(DocumentFonts.Family, Math.Max(4, fontSize - 1.5));
        XPoint At(double x, double y) => new(left + (x * scale), top + (y * scale));

        foreach (var edge in diagram.Edges.OrderBy(e => e.OnMainPath))
        {
            var colour = edge.OnMainPath ? MainColour : OtherColour;
            var pen = new XPen(colour, edge.OnMainPath ? 1.2 : 0.6);
            var from = At(edge.X1, edge.Y1);
            var to = At(edge.X2, edge.Y2);
            graphics.DrawLine(pen, from, to);
            Arrowhead(graphics, new XSolidBrush(colour), from, to, Math.Max(3, 7 * scale));
            if (edge.Label is { Length: > 0 } label)
            {
                var middle = new XPoint((from.X + to.X) / 2, (from.Y + to.Y) / 2);
                graphics.DrawString(label, labelFont, new XSolidBrush(colour), new XRect(middle.X + 2, middle.Y - labelFont.Size, 200, labelFont.Size * 1.3),
                    XStringFormats.TopLeft);
            }
        }

        foreach (var node in diagram.Nodes)
        {
            var corner = At(node.X, node.Y);
            var box = new XRect(corner.X, corner.Y, node.Width * scale, node.Height * scale);
            var colour = node.OnMainPath ? MainColour : OtherColour;
            var pen = new XPen(colour, node.OnMainPath ? 1.2 : 0.6);
            var fill = new XSolidBrush(node.OnMainPath ? XColor.FromArgb(232, 240, 252) : XColor.FromArgb(245, 245, 245));
            var radius = node.Shape == StandardDiagramNode.Shapes.Terminal ? box.Height : node.Shape == StandardDiagramNode.Shapes.Task ? 6 * scale : 0;
            graphics.DrawRoundedRectangle(pen, fill, box, new XSize(radius, radius));
            var text = node.Step is { } step ? $"{step}. {node.Label}" : node.Label;
            DrawWrapped(graphics, text, font, box);
        }
    }

    private static void Arrowhead(XGraphics graphics, XBrush brush, XPoint from, XPoint to, double size)
    {
        var length = Math.Sqrt(Math.Pow(to.X - from.X, 2) + Math.Pow(to.Y - from.Y, 2));
        if (length < 0.01)
        {
            return;
        }

        var (ux, uy) = ((to.X - from.X) / length, (to.Y - from.Y) / length);
        var back = new XPoint(to.X - (ux * size), to.Y - (uy * size));
        graphics.DrawPolygon(brush, [to, new XPoint(back.X - (uy * size / 2), back.Y + (ux * size / 2)),
            new XPoint(back.X + (uy * size / 2), back.Y - (ux * size / 2))], XFillMode.Winding);
    }

    /// <summary>The label in as many centred lines as the box holds; what does not fit is cut with an ellipsis.</summary>
    private static void DrawWrapped(XGraphics graphics, string text, XFont font, XRect box)
    {
        var lineHeight = font.Size * 1.2;
        var width = box.Width - 4;
        var maxLines = Math.Max(1, (int)((box.Height - 2) / lineHeight));
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        lines.Add(current);
        if (lines.Count > maxLines)
        {
            lines = [.. lines.Take(maxLines)];
            lines[^1] += "…";
        }

        var y = box.Y + ((box.Height - (lines.Count * lineHeight)) / 2);
        foreach (var line in lines)
        {
            graphics.DrawString(line, font, XBrushes.Black, new XRect(box.X + 2, y, width, lineHeight), XStringFormats.TopCenter);
            y += lineHeight;
        }
    }
}
