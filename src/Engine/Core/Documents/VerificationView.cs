namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// What the public verification of a permit or refusal letter answers (<c>GET /api/verify/{number}?code=…</c>).
/// <see cref="Valid"/> is false once the document is revoked. Without the document's check code (<see cref="CodeVerified"/>
/// false) <see cref="Holder"/> is masked and <see cref="Sha256"/> and <see cref="RevokeReason"/> are null; with it, the
/// full record.
/// </summary>
public sealed record VerificationView(
    bool Valid,
    string Kind,
    string Number,
    string Holder,
    DateTimeOffset IssuedAt,
    bool Revoked,
    DateTimeOffset? RevokedAt,
    bool CodeVerified,
    string? Sha256,
    string? RevokeReason);
