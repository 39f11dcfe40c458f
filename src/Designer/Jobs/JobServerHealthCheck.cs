using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mpp.Workflows.Designer.Jobs;

/// <summary>The job storage answers and at least one job server (this host or another) sent a heartbeat recently.</summary>
internal sealed class JobServerHealthCheck(JobStorage storage) : IHealthCheck
{
    private static readonly TimeSpan HeartbeatAge = TimeSpan.FromMinutes(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var servers = storage.GetMonitoringApi().Servers();
            // Heartbeats carry Hangfire's wall clock, not the engine's TimeProvider.
            var now = DateTime.UtcNow;
            var alive = servers.Count(s => s.Heartbeat is { } beat && (now - beat).Duration() < HeartbeatAge);
            return Task.FromResult(alive > 0
                ? HealthCheckResult.Healthy($"{alive} job server(s) alive.")
                : HealthCheckResult.Unhealthy("No job server has sent a heartbeat in the last minute."));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The job storage is unreachable.", e));
        }
    }
}
