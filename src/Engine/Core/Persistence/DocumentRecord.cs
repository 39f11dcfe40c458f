namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// An issued document with its signed PDF. <see cref="SourceId"/> is the outbox row that asked for it (one document per
/// row); <see cref="Number"/> is unique across all documents; <see cref="Sha256"/> is the hash of <see cref="Content"/>.
/// <see cref="CheckCodeHash"/> is written at issue for permits and refusal letters (see <c>DocumentCheckCode</c>) and
/// read only by verification.
/// </summary>
public sealed record DocumentRecord(
    Guid Id,
    Guid InstanceId,
    Guid SourceId,
    string Kind,
    string Number,
    string Holder,
    string Sha256,
    DateTimeOffset IssuedAt,
    byte[] Content,
    DateTimeOffset? RevokedAt = null,
    string? RevokeReason = null,
    string? RevokedBy = null,
    string? CheckCodeHash = null)
{
    public DocumentSummary ToSummary() =>
        new(Id, InstanceId, SourceId, Kind, Number, Holder, Sha256, IssuedAt, RevokedAt, RevokeReason, RevokedBy);
}
