using Microsoft.Extensions.Hosting;

namespace Mpp.Workflows.Engine.Scheduling;

/// <summary>
/// Fires the <see cref="TimerWheel"/>'s timers as they fall due, a few at a time. It fills the wheel when it starts, so the
/// timers that fell due while no server ran (a crash, a deployment) and those due within the horizon do not wait for the
/// first sweep.
/// </summary>
public sealed class TimerWheelService(TimerWheel wheel, ITimerHandler runtime, ILogger<TimerWheelService> logger) : BackgroundService
{
    private const int Parallelism = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await LoadAsync(stoppingToken).ConfigureAwait(false);
            while (!stoppingToken.IsCancellationRequested)
            {
                var ready = wheel.TakeDue(out var wait);
                if (ready.Count == 0)
                {
                    await wheel.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                await Parallel.ForEachAsync(ready, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stoppingToken }, FireAsync)
                    .ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown; pending timers stay in the table for the next start.
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await wheel.LoadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store is not reachable yet; the sweep fills the wheel once it is.
            logger.LogWarning(e, "The timer wheel could not be loaded at start");
        }
    }

    private async ValueTask FireAsync(Guid timerId, CancellationToken cancellationToken)
    {
        try
        {
            await runtime.FireTimerAsync(timerId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The sweep fires it later.
            logger.LogWarning(e, "Timer {TimerId} failed to fire from memory", timerId);
        }
    }
}
