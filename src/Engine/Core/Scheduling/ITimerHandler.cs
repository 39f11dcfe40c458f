namespace Mpp.Workflows.Engine.Scheduling;

/// <summary>
/// What a due timer does (the engine: a task deadline, a reminder, a statutory clock, a delay). The wheel, the sweep and the
/// job adapter call it; a duplicate, early or late call is harmless because the handler re-checks the timer in a transaction.
/// </summary>
public interface ITimerHandler
{
    /// <summary>Fires timer <paramref name="timerId"/> if it is still due; returns whether the application changed.</summary>
    Task<bool> FireTimerAsync(Guid timerId, CancellationToken cancellationToken);
}
