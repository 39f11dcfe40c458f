using Hangfire;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Jobs;

/// <summary>Queues a one-off run of a recurring job through Hangfire, with the same runner as its recurring occurrences.</summary>
public sealed class HangfireJobQueue(IBackgroundJobClient jobs) : IJobQueue
{
    public void Enqueue<TJob>()
        where TJob : class, IRecurringJob =>
        jobs.Enqueue<RecurringJobRunner<TJob>>(runner => runner.RunAsync(CancellationToken.None));
}
