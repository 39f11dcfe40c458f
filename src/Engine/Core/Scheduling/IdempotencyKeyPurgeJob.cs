
namespace Mpp.Workflows.Engine.Scheduling;

/// <summary>
/// Deletes the idempotency keys whose lifetime (<see cref="EngineOptions.IdempotencyKeyLifetime"/>) has passed. An expired key
/// already behaves as new before its row is purged; the purge keeps the table to about a day of requests.
/// </summary>
public sealed class IdempotencyKeyPurgeJob(IWorkflowStore store, TimeProvider time) : IRecurringJob
{
    public const string Id = "idempotency-key-purge";

    /// <summary>Hourly, at minute 17 (off the hour, when other housekeeping tends to run).</summary>
    public const string Cron = "17 * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var session = await store.BeginAsync(cancellationToken).ConfigureAwait(false);
        await session.PurgeIdempotentResultsAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
