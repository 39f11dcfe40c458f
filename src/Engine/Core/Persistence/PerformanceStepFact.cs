namespace Mpp.Workflows.Engine.Persistence;

/// <summary>One human task as the performance board reads it: its office, state and instants (closed: completed or cancelled).</summary>
public sealed record PerformanceStepFact(
    Guid Id,
    Guid InstanceId,
    string ActivityId,
    string Title,
    string Office,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? ClosedAt,
    string? EscalatedToRole);
