using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Mpp.Workflows.Designer.Applications;

/// <summary>
/// Anonymous submissions (<c>POST /api/applications</c>, its <c>with-files</c> variant and the <c>/apply</c> form) are
/// rate-limited per client address by ASP.NET Core's rate limiter (<see cref="SubmissionLimitOptions"/>). A refusal is 429
/// with <c>Retry-After</c>: problem details for the API, a short page in the visitor's language for the form.
/// </summary>
internal static class SubmissionLimits
{
    public const string Policy = "submissions";

    /// <summary>Refill steps per window: the bucket refills a tenth at a time, so a refused kiosk waits minutes, not the window.</summary>
    private const int Steps = 10;

    public static WebApplicationBuilder AddSubmissionLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SubmissionLimitOptions>()
            .Bind(builder.Configuration.GetSection(SubmissionLimitOptions.Section))
            .Validate(o => o.PermitsPerAddress > 0 && o.Window > TimeSpan.Zero, "Submissions:PermitsPerAddress and Submissions:Window must be positive.")
            .ValidateOnStart();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, Partition);
            options.OnRejected = RejectAsync;
        });
        return builder;
    }

    /// <summary>Puts an endpoint under the per-address submission limit.</summary>
    public static TBuilder RequireSubmissionLimit<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireRateLimiting(Policy);

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        // The /apply page is under the policy too: only its form post submits.
        if (!HttpMethods.IsPost(context.Request.Method) || context.User.Identity?.IsAuthenticated == true)
        {
            return RateLimitPartition.GetNoLimiter("-");
        }

        var limit = context.RequestServices.GetRequiredService<IOptionsMonitor<SubmissionLimitOptions>>().CurrentValue;
        return RateLimitPartition.GetTokenBucketLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit.PermitsPerAddress,
                TokensPerPeriod = Math.Max(1, limit.PermitsPerAddress / Steps),
                ReplenishmentPeriod = limit.Window / Steps,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var window = context.RequestServices.GetRequiredService<IOptionsMonitor<SubmissionLimitOptions>>().CurrentValue.Window;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window / Steps;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var problem = TooManyRequests.Submission(context, retryAfter);
            await context.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            return;
        }

        // The form's page: request localization has not run yet, so the visitor's language comes from the culture cookie.
        TooManyRequests.SetRetryAfter(context.Response, retryAfter);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(UiCultures.FromCookie(context.Request));
        try
        {
            var title = WebUtility.HtmlEncode(Texts.SubmissionsThrottledTitle);
            var html = $"""
                <!DOCTYPE html>
                <html lang="{(UiCultures.IsEnglish ? "en" : "id")}">
                <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{title}</title>
                <link href="/app.css" rel="stylesheet" /></head>
                <body><main id="main" class="content"><section class="card narrow">
                <h1>{title}</h1>
                <p class="error" role="alert" data-testid="submissions-throttled">{WebUtility.HtmlEncode(Texts.SubmissionsThrottled(retryAfter))}</p>
                <p><a href="/">{WebUtility.HtmlEncode(Texts.BackToServices)}</a></p>
                </section></main></body>
                </html>
                """;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(html, cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
