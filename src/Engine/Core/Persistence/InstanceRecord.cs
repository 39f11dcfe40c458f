namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// A running or finished application (workflow instance). JSON columns are opaque to the store: the runtime owns
/// their shape. <see cref="Revision"/> is bumped by every update and checked by <see cref="IStoreSession.UpdateInstanceAsync"/>.
/// </summary>
public sealed record InstanceRecord(
    Guid Id,
    string RegistrationNumber,
    string DefinitionId,
    int DefinitionVersion,
    string Status,
    string? Result,
    string ApplicantJson,
    string DataJson,
    string StateJson,
    string TrackingTokenHash,
    string? Fault,
    int Revision,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
