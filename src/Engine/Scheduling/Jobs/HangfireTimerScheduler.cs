using Hangfire;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Engine.Scheduling.Jobs;

/// <summary>One Hangfire delayed job per timer, due at the timer's instant; the job only names the timer row.</summary>
public sealed class HangfireTimerScheduler(IBackgroundJobClient jobs) : ITimerScheduler
{
    public Task ScheduleAsync(IReadOnlyList<TimerRecord> timers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timers);
        foreach (var timer in timers)
        {
            var id = timer.Id;
            jobs.Schedule<TimerJobs>(job => job.FireAsync(id, CancellationToken.None), timer.DueAt);
        }

        return Task.CompletedTask;
    }
}
