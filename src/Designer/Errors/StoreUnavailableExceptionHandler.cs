using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Mpp.Workflows.Designer.Errors;

/// <summary>
/// The database could not serve the request for a while (restarting, failing over, out of connections): the client gets
/// 503 with <c>Retry-After</c>, in Indonesian unless it prefers English, instead of a bare 500. Nothing was committed: a
/// command's transaction either commits whole or not at all, so the client may send the same request again.
/// </summary>
internal sealed class StoreUnavailableExceptionHandler(IProblemDetailsService problemDetails, ILogger<StoreUnavailableExceptionHandler> logger)
    : IExceptionHandler
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!TransientStoreRetry.IsTransient(exception))
        {
            return false;
        }

        logger.LogWarning(exception, "The database could not serve {Method} {Path} for now; answered 503.", httpContext.Request.Method, httpContext.Request.Path);
        var english = TooManyRequests.PrefersEnglish(httpContext.Request);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = english ? "Service busy" : "Layanan sedang sibuk",
                Detail = english
                    ? "The database cannot serve this request right now. Nothing was saved; try again in a few seconds."
                    : "Basis data belum dapat melayani permintaan ini. Tidak ada yang tersimpan; coba lagi beberapa detik lagi.",
                Extensions = { ["retryAfterSeconds"] = (int)RetryAfter.TotalSeconds },
            },
            Exception = exception,
        }).ConfigureAwait(false);
    }
}
