namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// An issued document without its PDF bytes: what lists, verification and revocation need. <see cref="SourceId"/> is the
/// outbox row that asked for it (one document per row); <see cref="Number"/> is unique across all documents;
/// <see cref="Sha256"/> is the hash of the signed PDF.
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
    string? RevokedBy = null);
