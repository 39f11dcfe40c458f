using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Designer.Errors;

/// <summary>Turns a command the engine refused into the problem details the API contract names for its kind.</summary>
internal sealed class CommandExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
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
