using Microsoft.AspNetCore.Mvc;
using Mpp.Workflows.Designer.Auth;

namespace Mpp.Workflows.Designer.Tasks;

/// <summary><c>/api/tasks</c>: the staff inbox. Office and role checks are the engine's (403 for another office's task).</summary>
internal static class TasksApi
{
    public static IEndpointRouteBuilder MapTasks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(Policies.Staff);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/{id:guid}/claim", ClaimAsync);
        group.MapPost("/{id:guid}/release", ReleaseAsync);
        group.MapPost("/{id:guid}/complete", CompleteAsync);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<TaskView>>, ValidationProblem>> ListAsync(
        string? scope, string? status, ClaimsPrincipal user, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        bool? mineOnly = scope?.ToLowerInvariant() switch
        {
            null or "" or "office" => false,
            "mine" => true,
            _ => null,
        };
        if (mineOnly is null)
        {
            errors["scope"] = ["Use 'mine' or 'office'."];
        }

        var state = status?.ToLowerInvariant() switch
        {
            null or "" or "open" => TaskStates.Open,
            "completed" => TaskStates.Completed,
            _ => null,
        };
        if (state is null)
        {
            errors["status"] = ["Use 'open' or 'completed'."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid inbox filter");
        }

        return TypedResults.Ok(await runtime.ListTasksAsync(user.ToActor(), mineOnly!.Value, state!, cancellationToken));
    }

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        await runtime.GetTaskAsync(id, user.ToActor(), cancellationToken) is { } task
            ? TypedResults.Ok(task)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Task not found");

    private static async Task<Ok<TaskView>> ClaimAsync(Guid id, ClaimsPrincipal user, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        TypedResults.Ok(await runtime.ClaimTaskAsync(id, user.ToActor(), cancellationToken));

    private static async Task<Ok<TaskView>> ReleaseAsync(Guid id, ClaimsPrincipal user, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        TypedResults.Ok(await runtime.ReleaseTaskAsync(id, user.ToActor(), cancellationToken));

    private static async Task<Ok<ApplicationView>> CompleteAsync(
        Guid id,
        CompleteTaskRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal user,
        WorkflowRuntime runtime,
        CancellationToken cancellationToken)
    {
        var command = new CompleteTaskCommand(
            request.Outcome ?? string.Empty,
            request.Comment,
            request.Fields,
            string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey,
            SigningPassphrase.From(request.Passphrase));
        return TypedResults.Ok(await runtime.CompleteTaskAsync(id, command, user.ToActor(), cancellationToken));
    }
}
