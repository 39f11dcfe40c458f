using Mpp.Workflows.Designer.Auth;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// <c>/api/definitions/{definitionId}/migrations</c>: analysts and admins move running files from one version of a route to a
/// newer published one, first as a preview (nothing written), then for real, each file in its own transaction. Which files
/// they are is shown only to those who may read them (<see cref="MigrationDisclosure"/>); everyone sees the counts.
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

    private static async Task<Results<Ok<MigrationPreviewView>, ValidationProblem>> PreviewAsync(
        string definitionId, MigrationRequest? request, ClaimsPrincipal user, MigrationDisclosure migrations, CancellationToken cancellationToken) =>
        Command(definitionId, request, out var command) is { } problem
            ? problem
            : TypedResults.Ok(await migrations.PreviewAsync(command, user.ToActor(), cancellationToken));

    private static async Task<Results<Ok<MigrationResultView>, ValidationProblem>> MigrateAsync(
        string definitionId, MigrationRequest? request, ClaimsPrincipal user, MigrationDisclosure migrations, CancellationToken cancellationToken) =>
        Command(definitionId, request, out var command) is { } problem
            ? problem
            : TypedResults.Ok(await migrations.MigrateAsync(command, request?.Plan, user.ToActor(), cancellationToken));

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

        if (request?.Plan is { } plan && (request.Files is not null || plan.Length is 0 or > 100))
        {
            errors["plan"] = ["Send either the preview's plan or the files, not both; the plan is the preview's as it came."];
        }

        command = new MigrationCommand(definitionId, request?.FromVersion ?? 0, request?.ToVersion ?? 0, request?.Mapping, request?.Files);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: "The migration request is incomplete") : null;
    }
}
