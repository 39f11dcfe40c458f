using Mpp.Workflows.Designer.Observability;

namespace Mpp.Workflows.Designer.Storage;

/// <summary>Creates or upgrades the store's schema before anything else starts (seeding, then the server).</summary>
internal sealed class StoreInitializer(IWorkflowStore store, StoreReadiness readiness, ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        readiness.MarkMigrated();
        logger.LogInformation("Workflow store ready ({Store})", store.GetType().Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
