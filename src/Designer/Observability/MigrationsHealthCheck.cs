using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mpp.Workflows.Designer.Observability;

/// <summary>Unhealthy until the store's migrations have run (<see cref="StoreReadiness"/>); part of readiness only.</summary>
internal sealed class MigrationsHealthCheck(StoreReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsMigrated ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The store's migrations are running."));
}
