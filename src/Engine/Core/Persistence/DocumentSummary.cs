namespace Mpp.Workflows.Engine.Persistence;

/// <summary>An issued document without its PDF bytes: what lists, verification and revocation need.</summary>
public sealed record DocumentSummary(
    Guid Id,
    Guid InstanceId,
    Guid SourceId,
    string Kind,
    string Number,
    string Holder,
    string Sha256,
    DateTimeOffset IssuedAt,
    DateTimeOffset? RevokedAt,
    string? RevokeReason,
    string? RevokedBy);
