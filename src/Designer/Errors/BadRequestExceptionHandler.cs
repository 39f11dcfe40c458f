using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Mpp.Workflows.Designer.Errors;

/// <summary>
/// Requests the framework could not read: malformed JSON, a value of the wrong type, a body over the size limit. The
/// client gets the reason (the JSON reader's message names the path and position), never the stack.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var problem = bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => new ProblemDetails
            {
                Title = "Request body too large",
                Detail = $"The body may be at most {RequestLimits.MaxBodyBytes} bytes.",
            },
            _ when bad.InnerException is JsonException json => new ProblemDetails
            {
                Title = "Malformed JSON",
                Detail = $"The request body is not valid JSON for this request: {json.Message}",
            },
            _ => new ProblemDetails { Title = "Bad request", Detail = bad.Message },
        };
        problem.Status = bad.StatusCode;
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        }).ConfigureAwait(false);
    }
}
