namespace Mpp.Workflows.Bench;

/// <summary>An application's rows at one point of its life, read back from the store.</summary>
internal sealed record RouteStage(
    InstanceRecord Instance,
    IReadOnlyList<TaskRecord> Tasks,
    IReadOnlyList<AuditEvent> History,
    IReadOnlyList<OutboxMessage> Outbox,
    IReadOnlyList<TimerRecord> Timers);
