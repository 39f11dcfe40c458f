namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// An issued document without its PDF bytes: what lists, verification and revocation need. <see cref="SourceId"/> is the
/// outbox row that asked for it (one document per row); <see cref="Number"/> is unique across all documents;
/// <see cref="Sha256"/> is the hash of the signed PDF. A permit carries the validity dates it prints (<see cref="ValidUntil"/>
/// null when open-ended; both null for other documents and permits issued before the dates were kept) and, when it renews
/// an earlier permit, that permit's id (<see cref="RenewalOf"/>).
/// </summary>
public sealed record DocumentSummary(
    Guid Id,
    Guid InstanceId,
    Guid SourceId,
    string Kind,
    string Number,
    string Holder,
    string Sha256,
    DateTimeOffset IssuedAt,
    DateTimeOffset? RevokedAt = null,
    string? RevokeReason = null,
    string? RevokedBy = null,
    DateOnly? ValidFrom = null,
    DateOnly? ValidUntil = null,
    Guid? RenewalOf = null);
