using Hangfire;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Jobs;

/// <summary>
/// The scheduler of a host that runs no job server (<c>Jobs:Server=false</c>) and so no <see cref="TimerWheel"/>: a timer
/// due within <see cref="TimerWheel.Horizon"/> gets a Hangfire delayed job, so a server fires it on time even if it falls due
/// before that server's next sweep. Later timers need nothing: every server's sweep loads them into its wheel ahead of time.
/// </summary>
public sealed class HangfireTimerScheduler(IBackgroundJobClient jobs, TimeProvider time) : ITimerScheduler
{
    public Task ScheduleAsync(IReadOnlyList<TimerRecord> timers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timers);
        var limit = time.GetUtcNow() + TimerWheel.Horizon;
        foreach (var timer in timers.Where(t => t.DueAt <= limit))
        {
            var id = timer.Id;
            jobs.Schedule<TimerJobs>(job => job.FireAsync(id, CancellationToken.None), timer.DueAt);
        }

        return Task.CompletedTask;
    }
}
