namespace Mpp.Workflows.Engine.Attachments;

/// <summary>
/// The file types applicants may upload, recognised by their first bytes: a renamed executable stays refused even when it is
/// called <c>ktp.pdf</c>, and the stored content type never comes from the client.
/// </summary>
public static class AttachmentTypes
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";

    /// <summary>The <c>accept</c> attribute of a file input: a hint for the browser's picker, not a check.</summary>
    public const string Accept = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The content type the bytes are, or null when they are none of the accepted types.</summary>
    public static string? Detect(ReadOnlySpan<byte> content) =>
        content.StartsWith(PdfSignature) ? Pdf
        : content.StartsWith(PngSignature) ? Png
        : content.StartsWith(JpegSignature) ? Jpeg
        : null;

    /// <summary>The file name extension of an accepted content type (<c>.pdf</c>, <c>.jpg</c>, <c>.png</c>).</summary>
    public static string ExtensionOf(string contentType) => contentType switch
    {
        Pdf => ".pdf",
        Jpeg => ".jpg",
        Png => ".png",
        _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "Not an accepted upload type."),
    };

    /// <summary>The check of one upload against the size limit and the accepted types; null when it may be stored.</summary>
    public static AttachmentProblem? Check(ReadOnlySpan<byte> content, long maxBytes) =>
        content.Length == 0 ? AttachmentProblem.Empty
        : content.Length > maxBytes ? AttachmentProblem.TooLarge
        : Detect(content) is null ? AttachmentProblem.UnsupportedType
        : null;

    /// <summary>A size for people: "5 MB", "120 KB".</summary>
    public static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024d * 1024):0.#} MB" : $"{Math.Max(1, bytes / 1024)} KB";
}
