
namespace Mpp.Workflows.Engine.Scheduling;

/// <summary>
/// Fires timers that fall due soon at their instant, from memory, so a deadline does not wait for a job server's polling.
/// Timers reach it when this node commits them (<see cref="WheelTimerScheduler"/>), when <see cref="TimerWheelService"/>
/// starts, and when the sweep sees them coming within <see cref="Horizon"/>; the service fires them. It holds nothing that
/// the timers table does not: a crash empties it, and the next start or sweep fills it again.
/// </summary>
public sealed class TimerWheel(IWorkflowStore store, TimeProvider time) : IDisposable
{
    /// <summary>How far ahead timers are held in memory.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromMinutes(2);

    private const int Capacity = 20_000;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5);

    private readonly PriorityQueue<Guid, DateTimeOffset> _due = new();
    private readonly HashSet<Guid> _held = [];
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _changed = new(0);

    /// <summary>Holds the timers due within the horizon; the sweep brings the rest when their time comes.</summary>
    public void Add(IEnumerable<TimerRecord> timers)
    {
        ArgumentNullException.ThrowIfNull(timers);
        var limit = time.GetUtcNow() + Horizon;
        var added = false;
        lock (_lock)
        {
            foreach (var timer in timers)
            {
                if (timer.DueAt <= limit && timer.FiredAt is null && timer.CancelledAt is null && _held.Count < Capacity && _held.Add(timer.Id))
                {
                    _due.Enqueue(timer.Id, timer.DueAt);
                    added = true;
                }
            }
        }

        // One pending wake-up is enough: the service re-reads the whole queue when it wakes.
        if (added && _changed.CurrentCount == 0)
        {
            _changed.Release();
        }
    }

    /// <summary>Loads the timers of all nodes that are due or come due within the horizon (at start, then on every sweep).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken) =>
        Add(await store.ListDueTimersAsync(time.GetUtcNow() + Horizon, Capacity, cancellationToken).ConfigureAwait(false));

    public void Dispose() => _changed.Dispose();

    /// <summary>Takes the timers now due, or says how long to wait for the next one.</summary>
    internal IReadOnlyList<Guid> TakeDue(out TimeSpan wait)
    {
        var now = time.GetUtcNow();
        var ready = new List<Guid>();
        lock (_lock)
        {
            while (_due.TryPeek(out var id, out var dueAt) && dueAt <= now)
            {
                _due.Dequeue();
                _held.Remove(id);
                ready.Add(id);
            }

            wait = _due.TryPeek(out _, out var next) ? next - now : Idle;
        }

        return ready;
    }

    /// <summary>Waits until <paramref name="wait"/> passed (on the engine's clock) or a timer was added.</summary>
    internal async Task WaitAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signalled = _changed.WaitAsync(wake.Token);
        await Task.WhenAny(signalled, Task.Delay(wait < Idle ? wait : Idle, time, wake.Token)).ConfigureAwait(false);
        await wake.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
