using PdfSharp.Drawing;
using QRCoder;

namespace Mpp.Workflows.Engine.Pdf;

/// <summary>A QR code drawn as a PNG image whose modules stay sharp at any zoom.</summary>
internal static class QrCodeImage
{
    private static readonly byte[] Black = [0, 0, 0, 255];
    private static readonly byte[] White = [255, 255, 255, 255];

    public static void Draw(XGraphics graphics, string payload, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        // PDFsharp's PNG importer rejects QRCoder's default 1-bit grayscale; explicit colours make it a 1-bit palette
        // PNG, which it reads in whole bytes per row, so 8 pixels per module keep the width a multiple of 8.
        var png = new PngByteQRCode(data).GetGraphic(8, Black, White, drawQuietZones: true);
        using var stream = new MemoryStream(png, writable: false);
        using var image = XImage.FromStream(stream);
        image.Interpolate = false;
        graphics.DrawImage(image, x, y, size, size);
    }
}
