using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Outbox;

/// <summary>
/// Delivers the outbox on the job server: every <see cref="Cron"/> (retries that came due, rows written by timers), and at
/// once when <see cref="OutboxTrigger"/> enqueues it after a commit. Runs overlapping on several hosts are safe: the
/// dispatcher claims rows under a lease.
/// </summary>
public sealed class OutboxDispatchJob(OutboxDispatcher dispatcher, OutboxTrigger trigger) : IRecurringJob
{
    public const string Id = "outbox-dispatch";

    /// <summary>Every five seconds (Hangfire accepts a seconds field).</summary>
    public const string Cron = "*/5 * * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Commits from now on need a new run: this one may have claimed before they happened.
        trigger.Started();
        await dispatcher.DispatchDueAsync(cancellationToken).ConfigureAwait(false);
    }
}
