
namespace Mpp.Workflows.Engine.Scheduling;

/// <summary>
/// Fires every timer that is due and still pending, whatever woke us: the safety net under the <see cref="TimerWheel"/> (a
/// wheel full or emptied by a crash, a timer committed while no job server ran) and the only mechanism where no job server runs.
/// </summary>
public sealed class TimerSweeper(IWorkflowStore store, ITimerHandler runtime, TimeProvider time, ILogger<TimerSweeper> logger)
{
    private const int BatchSize = 500;

    // Sweeps are frequent; one that finds a backlog may outlast the interval, and a second one in this process would only
    // queue behind the same rows.
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>Fires due timers in batches until none is left; returns how many changed an application (0 if a sweep is running).</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        if (!await _running.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        try
        {
            return await SweepOnceAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _running.Release();
        }
    }

    private async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var fired = 0;
        while (true)
        {
            var due = await store.ListDueTimersAsync(time.GetUtcNow(), BatchSize, cancellationToken).ConfigureAwait(false);
            var firedInBatch = 0;
            foreach (var timer in due)
            {
                try
                {
                    if (await runtime.FireTimerAsync(timer.Id, cancellationToken).ConfigureAwait(false))
                    {
                        firedInBatch++;
                    }
                }
                catch (ConcurrencyException)
                {
                    // Another node fired it at the same moment; the row says so now.
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Timer {TimerId} ({Kind}) of application {InstanceId} failed to fire", timer.Id, timer.Kind, timer.InstanceId);
                }
            }

            fired += firedInBatch;

            // A full batch in which nothing fired holds only timers that wait (a faulted application): stop rather than spin.
            if (due.Count < BatchSize || firedInBatch == 0)
            {
                return fired;
            }
        }
    }
}
