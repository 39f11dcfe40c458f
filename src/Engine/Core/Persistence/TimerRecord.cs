namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// A due instant the engine must act on (a delay, a task reminder or deadline, a statutory deadline, a complaint's response
/// deadline). The engine's
/// table is the source of truth; schedulers only wake the engine up. <see cref="FiredAt"/> and <see cref="CancelledAt"/>
/// make a second or late fire harmless.
/// </summary>
public sealed record TimerRecord(
    Guid Id,
    Guid? InstanceId,
    string Kind,
    string? ActivityId,
    Guid? TaskId,
    DateTimeOffset DueAt,
    DateTimeOffset? FiredAt,
    DateTimeOffset? CancelledAt)
{
    /// <summary>
    /// The due instant is an estimate counted through a year without its decree (<c>ProvisionalCalendar</c>): the timer is never
    /// due and waits until publishing the official year recomputes its clock, which cancels it and writes an official one.
    /// </summary>
    public bool Provisional { get; init; }

    /// <summary>The complaint whose response deadline this is; such a timer belongs to no application (<see cref="InstanceId"/> null).</summary>
    public Guid? ComplaintId { get; init; }
}
