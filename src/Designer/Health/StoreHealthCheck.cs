using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mpp.Workflows.Designer.Health;

/// <summary>The workflow store answers a trivial query.</summary>
internal sealed class StoreHealthCheck(IWorkflowStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.PingAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The store did not answer.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store is unreachable.", e);
        }
    }
}
