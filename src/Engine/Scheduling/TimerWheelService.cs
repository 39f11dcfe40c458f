using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Engine.Scheduling;

/// <summary>Fires the <see cref="TimerWheel"/>'s timers as they fall due, a few at a time.</summary>
public sealed class TimerWheelService(TimerWheel wheel, WorkflowRuntime runtime, ILogger<TimerWheelService> logger) : BackgroundService
{
    private const int Parallelism = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
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

    private async ValueTask FireAsync(Guid timerId, CancellationToken cancellationToken)
    {
        try
        {
            await runtime.FireTimerAsync(timerId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The durable job or the sweep fires it later.
            logger.LogWarning(e, "Timer {TimerId} failed to fire from memory", timerId);
        }
    }
}
