namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// The PKCS#12 file that signs documents (configuration section <c>Signing</c>). Without a path the host signs with the
/// self-signed <see cref="DevelopmentCertificate"/> under its data directory.
/// </summary>
public sealed class SigningOptions
{
    public const string SectionName = "Signing";

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}
