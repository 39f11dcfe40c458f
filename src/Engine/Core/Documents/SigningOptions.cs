namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// The PKCS#12 file that signs documents (configuration section <c>Signing</c>). Without a path the host signs with the
/// self-signed <see cref="DevelopmentCertificate"/> under its data directory. <see cref="TimestampUrl"/> names the RFC 3161
/// timestamp authority whose token every signature carries (PAdES baseline B-T); without it signatures are B-B.
/// </summary>
public sealed class SigningOptions
{
    public const string SectionName = "Signing";

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>
    /// The timestamp authority's HTTP(S) address (<c>Signing:TimestampUrl</c>). When set, a document whose timestamp cannot be
    /// had is not issued: the outbox retries it.
    /// </summary>
    public string? TimestampUrl { get; set; }

    /// <summary>How long one timestamp request may take.</summary>
    public TimeSpan TimestampTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
