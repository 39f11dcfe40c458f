using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Mpp.Workflows.Designer.Errors;

/// <summary>
/// Turns a command the engine refused into the problem details the API contract names for its kind; a lost optimistic
/// concurrency check is a 409 like any other conflict.
/// </summary>
internal sealed class CommandExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is ConcurrencyException)
        {
            // Two commands raced past the lock on the same application; the loser's view is stale.
            exception = new CommandException(CommandErrorKind.Conflict, "The application changed meanwhile", "Reload it and try again.");
        }

        if (exception is not CommandException command)
        {
            return false;
        }

        var status = command.Kind switch
        {
            CommandErrorKind.Invalid => StatusCodes.Status400BadRequest,
            CommandErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            CommandErrorKind.NotFound => StatusCodes.Status404NotFound,
            CommandErrorKind.Conflict => StatusCodes.Status409Conflict,
            CommandErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
            CommandErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status400BadRequest,
        };
        var problem = command.Errors is { Count: > 0 } errors
            ? new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = command.Title;
        problem.Detail = command.Detail;
        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        }).ConfigureAwait(false);
    }
}
