using Mpp.Workflows.Designer.Auth;
using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// <c>/api/definitions/{definitionId}/migrations</c>: analysts and admins move running files from one version of a route to a
/// newer published one, first as a preview (nothing written), then for real, each file in its own transaction.
/// </summary>
internal static class MigrationsApi
{
    /// <summary>Adds the migration routes to the definitions group (which requires analysts or admins).</summary>
    public static RouteGroupBuilder MapMigrations(this RouteGroupBuilder definitions)
    {
        definitions.MapPost("/{definitionId}/migrations/preview", PreviewAsync);
        definitions.MapPost("/{definitionId}/migrations", MigrateAsync);
        return definitions;
    }

    private static async Task<Results<Ok<MigrationPreview>, ValidationProblem>> PreviewAsync(
        string definitionId, MigrationRequest? request, ClaimsPrincipal user, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        Command(definitionId, request, out var command) is { } problem
            ? problem
            : TypedResults.Ok(await runtime.PreviewMigrationAsync(command, user.ToActor(), cancellationToken));

    private static async Task<Results<Ok<MigrationResult>, ValidationProblem>> MigrateAsync(
        string definitionId, MigrationRequest? request, ClaimsPrincipal user, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        Command(definitionId, request, out var command) is { } problem
            ? problem
            : TypedResults.Ok(await runtime.MigrateAsync(command, user.ToActor(), cancellationToken));

    private static ValidationProblem? Command(string definitionId, MigrationRequest? request, out MigrationCommand command)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request?.FromVersion is null)
        {
            errors["fromVersion"] = ["Name the version the files run on now."];
        }

        if (request?.ToVersion is null)
        {
            errors["toVersion"] = ["Name the published version the files move to."];
        }

        if (request?.Files is { } files && files.Any(f => f is null))
        {
            errors["files"] = ["Each file is an object with its id and revision."];
        }

        command = new MigrationCommand(definitionId, request?.FromVersion ?? 0, request?.ToVersion ?? 0, request?.Mapping, request?.Files);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: "The migration request is incomplete") : null;
    }
}
