namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// How documents are signed (configuration section <c>Signing</c>). <see cref="Mode"/> <c>Local</c> (the default): every
/// document is signed after commit, from the outbox, with the PKCS#12 file at <see cref="CertificatePath"/> (without a path,
/// the self-signed development certificate under the data directory). <c>Remote</c>: a permit is signed by the official in
/// person through the signing service of <see cref="Remote"/> while the signing decision commits; what the office issues by
/// itself (receipts, refusal letters, documents of automatic outcomes) keeps the local certificate. <see cref="TimestampUrl"/>
/// names the RFC 3161 timestamp authority whose token every local signature carries (PAdES baseline B-T); without it
/// signatures are B-B.
/// </summary>
public sealed class SigningOptions
{
    public const string SectionName = "Signing";

    public SigningMode Mode { get; set; } = SigningMode.Local;

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>
    /// The timestamp authority's HTTP(S) address (<c>Signing:TimestampUrl</c>). When set, a document whose timestamp cannot be
    /// had is not issued: the outbox retries it.
    /// </summary>
    public string? TimestampUrl { get; set; }

    /// <summary>How long one timestamp request may take.</summary>
    public TimeSpan TimestampTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether locally signed documents get a Document Security Store with the certificate chain and its CRLs/OCSP answers
    /// (PAdES baseline B-LT; <c>Signing:LongTermValidation</c>, on unless turned off). Revocation data that cannot be fetched
    /// never stops a document: it keeps its B-T signature and a warning is logged.
    /// </summary>
    public bool LongTermValidation { get; set; } = true;

    /// <summary>How long one CRL or OCSP request may take.</summary>
    public TimeSpan RevocationTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The signing service (<c>Signing:Remote:*</c>), read when <see cref="Mode"/> is <c>Remote</c>.</summary>
    public RemoteSigningOptions Remote { get; set; } = new();

    /// <summary>Whether permits are signed through the service by the official while the decision commits.</summary>
    public bool SignsAtDecision => Mode == SigningMode.Remote;
}

/// <summary>Who signs: the office's own certificate, or each official's through a signing service.</summary>
public enum SigningMode
{
    Local,
    Remote,
}
