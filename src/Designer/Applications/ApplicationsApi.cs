using Microsoft.AspNetCore.Mvc;
using Mpp.Workflows.Designer.Auth;
using Mpp.Workflows.Engine.Calendar;

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

    /// <summary>
    /// The staff list and search: numbered pages with a total as before, or, once <c>after</c> is given (empty for the
    /// first page), keyset pages without one; both office-scoped by the engine.
    /// </summary>
    private static async Task<Results<Ok<ApplicationList>, ValidationProblem>> ListAsync(
        [AsParameters] ApplicationSearch search,
        int? page,
        int? pageSize,
        HttpRequest request,
        ClaimsPrincipal user,
        WorkflowRuntime runtime,
        IOptions<EngineOptions> options,
        CancellationToken cancellationToken)
    {
        var keyset = request.Query.ContainsKey("after");
        var (query, errors) = search.Check(TimeZones.Resolve(options.Value.TimeZone), pageSize ?? 20);
        if (page is < 1 || pageSize is < 1 or > MaxPageSize)
        {
            errors["page"] = [Texts.FileSearchPagingInvalid(MaxPageSize)];
        }
        else if (keyset && page is not null)
        {
            errors["page"] = [Texts.FileSearchPageAndCursor];
        }

        if (query is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid application search");
        }

        var actor = user.ToActor();
        if (keyset)
        {
            var found = await runtime.SearchApplicationsAsync(query, actor, cancellationToken);
            return TypedResults.Ok(new ApplicationList(found.Items, null, query.PageSize, null, found.Next?.ToToken()));
        }

        var numbered = await runtime.ListApplicationsAsync(query with { Page = page ?? 1 }, actor, cancellationToken);
        var next = (long)numbered.Page * numbered.PageSize < numbered.Total && numbered.Items.Count > 0
            ? new InstanceCursor(numbered.Items[^1].CreatedAt, numbered.Items[^1].Id).ToToken()
            : null;
        return TypedResults.Ok(new ApplicationList(numbered.Items, numbered.Page, numbered.PageSize, numbered.Total, next));
    }

    private static async Task<Ok<ApplicationView>> ResubmitAsync(
        Guid id, string? token, ResubmitRequest request, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        TypedResults.Ok(await runtime.ResubmitAsync(id, token, request.Data ?? [], cancellationToken));

    private static async Task<Ok<ApplicationView>> RetryAsync(
        Guid id, ClaimsPrincipal user, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        TypedResults.Ok(await runtime.RetryAsync(id, user.ToActor(), cancellationToken));
}
