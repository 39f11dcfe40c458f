using Hangfire;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Engine.Scheduling.Jobs;

/// <summary>
/// One Hangfire delayed job per timer, due at the timer's instant (durable: it survives a restart); timers due soon also go
/// to this node's <see cref="TimerWheel"/>, which fires them without waiting for the job server's polling.
/// </summary>
public sealed class HangfireTimerScheduler(IBackgroundJobClient jobs, TimerWheel wheel) : ITimerScheduler
{
    public Task ScheduleAsync(IReadOnlyList<TimerRecord> timers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timers);
        foreach (var timer in timers)
        {
            var id = timer.Id;
            jobs.Schedule<TimerJobs>(job => job.FireAsync(id, CancellationToken.None), timer.DueAt);
        }

        wheel.Add(timers);
        return Task.CompletedTask;
    }
}
