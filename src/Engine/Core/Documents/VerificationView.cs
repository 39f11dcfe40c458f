namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// What the public verification of a permit or refusal letter answers (<c>GET /api/verify/{number}?code=…</c>).
/// <see cref="Valid"/> is false once the document is revoked or, for a permit, once its last day of validity
/// (<see cref="ValidUntil"/>, in the engine's time zone) has passed; <see cref="Status"/> says which (<see cref="Statuses"/>:
/// revoked wins over expired; a permit whose <see cref="ValidFrom"/> is still to come, e.g. a renewal issued before the old
/// permit ends, is not yet valid). <see cref="ValidFrom"/> and <see cref="ValidUntil"/> are the dates the permit prints (null for
/// refusal letters, open-ended permits and permits issued before the dates were kept). Without the document's check code (<see cref="CodeVerified"/>
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
    string? RevokeReason,
    string Status,
    bool Expired,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil)
{
    /// <summary>The values of <see cref="VerificationView.Status"/>.</summary>
    public static class Statuses
    {
        public const string Valid = "Valid";
        public const string Expired = "Expired";
        public const string Revoked = "Revoked";

        /// <summary>A permit issued with a first day of validity still to come (a renewal issued before the old one ends).</summary>
        public const string NotYetValid = "NotYetValid";
    }
}
