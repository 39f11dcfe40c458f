using Hangfire;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Jobs;

/// <summary>
/// The Hangfire job behind every <see cref="IRecurringJob"/>. A run that fails is not retried: the next occurrence follows
/// within seconds, and the failure stays visible in the dashboard.
/// </summary>
/// <typeparam name="TJob">The registered job.</typeparam>
public sealed class RecurringJobRunner<TJob>(TJob job)
    where TJob : IRecurringJob
{
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) => job.RunAsync(cancellationToken);
}
