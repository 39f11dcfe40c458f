using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mpp.Workflows.Designer.Health;

/// <summary>
/// Degraded while the outbox holds rows it gave up on (a permit that was never issued, a mail that never left): the host
/// still serves, so <c>/health</c> stays 200, but monitoring sees it and an admin retries them on <c>/admin</c>.
/// </summary>
internal sealed class OutboxHealthCheck(IOutboxReader outbox) : IHealthCheck
{
    /// <summary>How many failed rows are counted at most (the figure reads "500+" beyond).</summary>
    public const int CountLimit = 500;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failed = await outbox.ListAsync(OutboxStatuses.Failed, CountLimit + 1, cancellationToken);
        if (failed.Count == 0)
        {
            return HealthCheckResult.Healthy();
        }

        var count = failed.Count > CountLimit ? $"{CountLimit}+" : failed.Count.ToString(CultureInfo.InvariantCulture);
        return HealthCheckResult.Degraded(
            $"{count} outbox rows failed; retry them on /admin.",
            data: new Dictionary<string, object> { ["failed"] = count });
    }
}
