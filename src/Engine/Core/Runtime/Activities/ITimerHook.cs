namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// What happens when a timer of one of <see cref="TimerKinds"/> fires: implemented by the executor of the activity that
/// created the timer (delay, task deadlines, revision expiry) and by the statutory clock. Runs inside the timer's
/// transaction (see <see cref="FireTimerHandler"/>); returns whether the application changed.
/// </summary>
public interface ITimerHook
{
    IReadOnlyCollection<string> TimerKinds { get; }

    Task<bool> FireAsync(TimerFiring firing, CancellationToken cancellationToken);
}
