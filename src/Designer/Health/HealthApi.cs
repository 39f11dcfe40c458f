using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mpp.Workflows.Designer.Health;

/// <summary>
/// <c>/health</c>: 200 when every registered check is healthy, 503 otherwise, with each check's status by name
/// (<c>{"status":"Healthy","store":"Healthy","outbox":"Healthy"}</c>). Failed outbox rows make the host
/// <c>Degraded</c> (still 200) with their number: <c>{"status":"Degraded",…,"outbox":"Degraded","failedOutbox":"2"}</c>.
/// </summary>
internal static class HealthApi
{
    /// <summary>The store's check, which readiness (<c>/health/ready</c>) runs too.</summary>
    public const string StoreCheck = "store";

    /// <summary>Checks with this tag count for readiness only (<c>/health/ready</c>), not for <c>/health</c>.</summary>
    public const string ReadinessOnlyTag = "ready";

    public static IServiceCollection AddHostHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>(StoreCheck).AddCheck<OutboxHealthCheck>("outbox");
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync, Predicate = check => !check.Tags.Contains(ReadinessOnlyTag) }).AllowAnonymous();
        return app;
    }

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, string>(StringComparer.Ordinal) { ["status"] = report.Status.ToString() };
        foreach (var (name, entry) in report.Entries)
        {
            body[name] = entry.Status.ToString();
            if (entry.Data.TryGetValue("failed", out var failed))
            {
                body["failedOutbox"] = Convert.ToString(failed, CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }

        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
