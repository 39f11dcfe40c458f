
namespace Mpp.Workflows.Engine.Outbox;

/// <summary>
/// Keeps a dispatcher pass's rows leased while the pass runs: every third of <see cref="OutboxOptions.Lease"/> (wall time) the
/// rows still held with the pass's token get a full lease again, so a slow pass (a large batch, a slow mail server) does not
/// lose them to another host, while the rows of a host that died come free one lease after its last renewal. Disposing stops
/// the renewals; a renewal that fails (the store unreachable) is logged and tried again at the next tick.
/// </summary>
internal sealed class OutboxLeaseRenewal : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private OutboxLeaseRenewal(IWorkflowStore store, Guid leaseToken, TimeSpan lease, TimeProvider time, ILogger logger)
    {
        _loop = RenewAsync(store, leaseToken, lease, time, logger, _stop.Token);
    }

    public static OutboxLeaseRenewal Start(IWorkflowStore store, Guid leaseToken, TimeSpan lease, TimeProvider time, ILogger logger) =>
        new(store, leaseToken, lease, time, logger);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private static async Task RenewAsync(
        IWorkflowStore store, Guid leaseToken, TimeSpan lease, TimeProvider time, ILogger logger, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(lease / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                try
                {
                    await using var session = await store.BeginAsync(stop).ConfigureAwait(false);
                    await session.RenewOutboxLeaseAsync(leaseToken, time.GetUtcNow() + lease, stop).ConfigureAwait(false);
                    await session.CommitAsync(stop).ConfigureAwait(false);
                }
                catch (Exception e) when (!stop.IsCancellationRequested)
                {
                    logger.LogWarning(e, "Renewing the lease of outbox pass {LeaseToken} failed; trying again", leaseToken);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The pass is over.
        }
    }
}
