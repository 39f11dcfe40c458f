using System.Net;
using System.Threading.RateLimiting;

namespace Mpp.Workflows.Designer.Verification;

/// <summary>
/// A generous per-address limit on the public verification endpoints (setting <c>Verification:RequestsPerMinute</c>,
/// default 120; 0 turns it off): a citizen or a counter checking documents never meets it, a script walking permit
/// numbers is slowed to a crawl. Beyond it the API answers 429 problem details and the page a 429 page, both with
/// <c>Retry-After</c>. Kept here, as an endpoint filter, so it stands apart from the host's other limiters.
/// </summary>
internal sealed class VerificationRateLimit
{
    public const string SettingKey = "Verification:RequestsPerMinute";
    public const int DefaultRequestsPerMinute = 120;

    private readonly PartitionedRateLimiter<HttpContext>? limiter;

    private VerificationRateLimit(int perMinute) =>
        limiter = perMinute <= 0
            ? null
            : PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    public static VerificationRateLimit Create(IConfiguration configuration) =>
        new(configuration.GetValue(SettingKey, DefaultRequestsPerMinute));

    public ValueTask<object?> ApiFilter(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        Filter(context, next, (http, retryAfter) => TypedResults.Problem(TooManyRequests.Verification(http, retryAfter)));

    public ValueTask<object?> PageFilter(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        Filter(context, next, (http, retryAfter) =>
        {
            TooManyRequests.SetRetryAfter(http.Response, retryAfter);
            return Results.Content(
                VerificationPage.Layout(Texts.VerifyTitle, "<p class=\"status revoked\">" + WebUtility.HtmlEncode(Texts.VerifyTooMany) + "</p>"),
                "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status429TooManyRequests);
        });

    private ValueTask<object?> Filter(
        EndpointFilterInvocationContext context, EndpointFilterDelegate next, Func<HttpContext, TimeSpan, IResult> refuse)
    {
        if (limiter is null)
        {
            return next(context);
        }

        using var lease = limiter.AttemptAcquire(context.HttpContext);
        if (lease.IsAcquired)
        {
            return next(context);
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return ValueTask.FromResult<object?>(refuse(context.HttpContext, retryAfter));
    }
}
