using Hangfire;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Jobs;

/// <summary>
/// The delayed job of one near timer committed on a host without a job server (see <see cref="HangfireTimerScheduler"/>): it
/// only wakes the engine; the timers table decides what happens.
/// </summary>
public sealed class TimerJobs(ITimerHandler runtime)
{
    /// <summary>A duplicate, early or late run is harmless (see <c>WorkflowRuntime.FireTimerAsync</c>).</summary>
    [AutomaticRetry(Attempts = 5)]
    public Task FireAsync(Guid timerId, CancellationToken cancellationToken) => runtime.FireTimerAsync(timerId, cancellationToken);
}
