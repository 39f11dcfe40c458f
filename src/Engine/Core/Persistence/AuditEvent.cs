namespace Mpp.Workflows.Engine.Persistence;

/// <summary>One append-only entry of an application's history. <see cref="Sequence"/> is assigned by the store.</summary>
public sealed record AuditEvent(
    Guid InstanceId,
    DateTimeOffset At,
    string Actor,
    string? ActivityId,
    string Event,
    string? Outcome = null,
    string? Comment = null,
    string? DetailsJson = null,
    long Sequence = 0);
