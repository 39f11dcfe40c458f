using PdfSharp.Drawing;

namespace Mpp.Workflows.Engine.Pdf;

/// <summary>
/// A4 page geometry shared by the renderer and the signer. The band between <see cref="ContentBottom"/> and the
/// footer is kept free of content on every page so the signer can put its visible stamp there without knowing
/// how the text flowed.
/// </summary>
internal static class PageGeometry
{
    public static readonly double Width = XUnit.FromMillimeter(210).Point;
    public static readonly double Height = XUnit.FromMillimeter(297).Point;
    public static readonly double Left = XUnit.FromMillimeter(25).Point;
    public static readonly double Right = Width - XUnit.FromMillimeter(20).Point;
    public static readonly double Top = XUnit.FromMillimeter(15).Point;
    public static readonly double ContentBottom = Height - XUnit.FromMillimeter(32).Point;
    public static readonly double FooterTop = Height - XUnit.FromMillimeter(16).Point;

    public static double ContentWidth => Right - Left;

    /// <summary>Where the signer's stamp goes, in PDF user space (origin at the bottom left of the page).</summary>
    public static XRect SignatureStamp =>
        new(Left, XUnit.FromMillimeter(18).Point, ContentWidth, XUnit.FromMillimeter(11).Point);
}
