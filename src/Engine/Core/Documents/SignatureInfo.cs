namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// What the signature dictionary and the visible stamp say besides the certificate, e.g. reason
/// "Penerbitan izin", location "Pemalang". <paramref name="SignedAt"/> is shown on the stamp in its own offset,
/// so pass it in the office's time zone.
/// </summary>
public sealed record SignatureInfo(string Reason, string Location, DateTimeOffset SignedAt, string? ContactInfo = null);
