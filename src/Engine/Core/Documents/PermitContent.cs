namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// What a permit says. <see cref="ValidUntil"/> is null for permits without an end date (a building approval);
/// <see cref="ValidityNote"/>, printed after the validity dates, then says how long it holds. <see cref="CheckCode"/>, when
/// set, is printed under the QR code so that it can be typed on the verification page. A <see cref="IsDraft"/> permit is
/// what the signer checks before signing: watermarked "DRAF", without a QR code, never signed nor stored.
/// </summary>
public sealed record PermitContent(
    string Title,
    string PermitNumber,
    string RegistrationNumber,
    string ServiceName,
    string GrantStatement,
    string HolderName,
    string HolderNik,
    IReadOnlyList<PermitField> Fields,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    string? ValidityNote,
    IReadOnlyList<string> LegalBasis,
    string Place,
    DateOnly Date,
    Signatory Signer,
    string VerificationUrl,
    string? CheckCode = null,
    bool IsDraft = false);
