using Mpp.Workflows.Designer.Auth;

namespace Mpp.Workflows.Designer.TestRuns;

/// <summary>
/// <c>/api/definitions/{id}/draft/test-runs</c>: run the route's latest version (its draft) in memory, and keep named runs
/// with the draft. Analysts and admins only; refusals are problem details in Indonesian unless the caller prefers English.
/// </summary>
internal static class TestRunsApi
{
    public static IEndpointRouteBuilder MapTestRuns(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/definitions/{definitionId}/draft/test-runs").WithTags("Definitions").RequireAuthorization(Policies.Designer);
        group.MapPost("/", RunAsync).RequireStudioRunLimit();
        group.MapGet("/", ListAsync);
        group.MapPost("/rerun", RerunAsync).RequireStudioRunLimit();
        group.MapPut("/{name}", SaveAsync).RequireStudioRunLimit();
        group.MapDelete("/{name}", DeleteAsync);
        return app;
    }

    private static async Task<Ok<TestRunResponse>> RunAsync(
        string definitionId, TestRunRequest? request, HttpContext context, TestRunService runs, CancellationToken cancellationToken)
    {
        Localize(context.Request);
        return TypedResults.Ok(await runs.RunAsync(definitionId, request ?? Empty, context.User.ToActor(), cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<SavedTestRun>>> ListAsync(
        string definitionId, HttpContext context, TestRunService runs, CancellationToken cancellationToken)
    {
        Localize(context.Request);
        return TypedResults.Ok(await runs.ListAsync(definitionId, cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<TestRunReplay>>> RerunAsync(
        string definitionId, HttpContext context, TestRunService runs, CancellationToken cancellationToken)
    {
        Localize(context.Request);
        return TypedResults.Ok(await runs.RerunAsync(definitionId, context.User.ToActor(), cancellationToken));
    }

    private static async Task<Ok<SavedTestRun>> SaveAsync(
        string definitionId, string name, TestRunRequest? request, HttpContext context, TestRunService runs, CancellationToken cancellationToken)
    {
        Localize(context.Request);
        return TypedResults.Ok(await runs.SaveAsync(definitionId, name, request ?? Empty, context.User.ToActor(), cancellationToken));
    }

    private static async Task<NoContent> DeleteAsync(string definitionId, string name, HttpContext context, TestRunService runs, CancellationToken cancellationToken)
    {
        Localize(context.Request);
        await runs.DeleteAsync(definitionId, name, cancellationToken);
        return TypedResults.NoContent();
    }

    private static TestRunRequest Empty { get; } = new(null, null, null, null);

    /// <summary>An analyst reads the refusals: Indonesian unless the caller asks for English (the API has no culture cookie).</summary>
    private static void Localize(HttpRequest request) =>
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(TooManyRequests.PrefersEnglish(request) ? UiCultures.English : UiCultures.Indonesian);
}
