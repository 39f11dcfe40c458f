using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Mpp.Workflows.Designer.Errors;

/// <summary>
/// Test runs and route checks run analysts' scripts (each up to the script time limit) on the host that also serves citizens,
/// so the API's runs and checks share one concurrency limit per host, on ASP.NET Core's rate limiter: at most
/// <see cref="Concurrent"/> at a time, <see cref="Queued"/> more wait, any beyond are refused with 429 and <c>Retry-After</c>
/// (<see cref="TooManyRequests.StudioRuns"/>). Citizens' routes are under no such limit.
/// </summary>
internal sealed class StudioRunLimits : IRateLimiterPolicy<string>
{
    public const string Policy = "studio-runs";

    /// <summary>Runs and checks at a time: half the host's cores, at most 2, so the other half serves everyone else.</summary>
    public static readonly int Concurrent = Math.Clamp(Environment.ProcessorCount / 2, 1, 2);

    /// <summary>
    /// Runs and checks that wait for one of <see cref="Concurrent"/>: a waiting request costs no processor, and the studio's
    /// parallel saves of test runs (up to the most runs a route keeps) all fit.
    /// </summary>
    public const int Queued = 64;

    /// <summary>The wait a refused caller is told.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = static async (rejected, _) =>
    {
        var context = rejected.HttpContext;
        var problem = TooManyRequests.StudioRuns(context, RetryAfter);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    };

    /// <summary>One partition for the whole host: the limit protects the host's cores, whoever asks.</summary>
    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetConcurrencyLimiter(
            Policy,
            _ => new ConcurrencyLimiterOptions { PermitLimit = Concurrent, QueueLimit = Queued, QueueProcessingOrder = QueueProcessingOrder.OldestFirst });
}

/// <summary>Registers and applies <see cref="StudioRunLimits"/>.</summary>
internal static class StudioRunLimitsExtensions
{
    public static WebApplicationBuilder AddStudioRunLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(options => options.AddPolicy<string, StudioRunLimits>(StudioRunLimits.Policy));
        return builder;
    }

    /// <summary>Puts an endpoint that runs or checks a route under the host's limit.</summary>
    public static TBuilder RequireStudioRunLimit<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireRateLimiting(StudioRunLimits.Policy);
}
