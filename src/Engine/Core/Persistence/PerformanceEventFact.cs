namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// One audit event the performance board counts (the end, returns and resubmissions, expiries, deemed approvals, escalations,
/// the statutory clock's start). <see cref="DetailsJson"/> is read only for the statutory clock's start (its days).
/// </summary>
public sealed record PerformanceEventFact(
    Guid InstanceId, DateTimeOffset At, string Event, string? ActivityId, string? Outcome, string? DetailsJson);
