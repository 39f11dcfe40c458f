using Microsoft.AspNetCore.Mvc;
using Mpp.Workflows.Designer.Auth;

namespace Mpp.Workflows.Designer.Applications;

/// <summary>
/// <c>/api/applications</c>: applicants (anonymous) and front offices file applications and applicants resubmit with their
/// tracking token; staff read the applications their office is involved in; admins retry faulted ones.
/// </summary>
internal static class ApplicationsApi
{
    private const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapApplications(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/applications").WithTags("Applications");
        group.MapPost("/", SubmitAsync).AllowAnonymous().RequireSubmissionLimit();
        group.MapPost("/{id:guid}/resubmit", ResubmitAsync).AllowAnonymous();
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/retry", RetryAsync).RequireAuthorization(Policies.Admin);
        return app;
    }

    private static async Task<Results<Created<SubmitResult>, ValidationProblem>> SubmitAsync(
        SubmitRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal user,
        WorkflowRuntime runtime,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.DefinitionId))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["definitionId"] = ["Name the service (definitionId) to apply for."] },
                title: "The application is incomplete or malformed");
        }

        var result = await runtime.SubmitAsync(request.ToCommand(idempotencyKey, user), cancellationToken);
        return TypedResults.Created($"/api/applications/{result.Id}", result);
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var application = await runtime.GetApplicationAsync(id, cancellationToken);
        if (application is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Application not found");
        }

        if (!await runtime.CanSeeApplicationAsync(id, user.ToActor(), cancellationToken))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not an application of your office",
                detail: "Staff see the applications in which their office has or had a task.");
        }

        return TypedResults.Ok(application);
    }

    private static async Task<Results<Ok<PagedResult<InstanceSummary>>, ValidationProblem>> ListAsync(
        string? status,
        string? definitionId,
        int? page,
        int? pageSize,
        ClaimsPrincipal user,
        WorkflowRuntime runtime,
        CancellationToken cancellationToken)
    {
        if (page is < 1 || pageSize is < 1 or > MaxPageSize)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["page"] = [$"page starts at 1; pageSize is 1 to {MaxPageSize}."] },
                title: "Invalid paging");
        }

        var query = new InstanceQuery(
            string.IsNullOrWhiteSpace(status) ? null : status,
            string.IsNullOrWhiteSpace(definitionId) ? null : definitionId,
            Page: page ?? 1,
            PageSize: pageSize ?? 20);
        return TypedResults.Ok(await runtime.ListApplicationsAsync(query, user.ToActor(), cancellationToken));
    }

    private static async Task<Ok<ApplicationView>> ResubmitAsync(
        Guid id, string? token, ResubmitRequest request, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        TypedResults.Ok(await runtime.ResubmitAsync(id, token, request.Data ?? [], cancellationToken));

    private static async Task<Ok<ApplicationView>> RetryAsync(
        Guid id, ClaimsPrincipal user, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        TypedResults.Ok(await runtime.RetryAsync(id, user.ToActor(), cancellationToken));
}
