namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// What the public verification of a document number answers (<c>GET /api/verify/{number}</c>). <see cref="Valid"/> is
/// false once the document is revoked.
/// </summary>
public sealed record VerificationView(
    bool Valid,
    string Kind,
    string Number,
    string Holder,
    DateTimeOffset IssuedAt,
    string Sha256,
    bool Revoked,
    DateTimeOffset? RevokedAt,
    string? RevokeReason);
