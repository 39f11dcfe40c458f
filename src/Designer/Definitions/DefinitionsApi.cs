using Mpp.Workflows.Definitions.Validation;
using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Designer.Auth;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary><c>/api/definitions</c> and <c>/api/activities</c>: what analysts and admins use to edit and publish routes.</summary>
internal static class DefinitionsApi
{
    public static IEndpointRouteBuilder MapDefinitions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/definitions").WithTags("Definitions").RequireAuthorization(Policies.Designer);
        group.MapGet("/", ListAsync);
        group.MapGet("/{definitionId}", GetAsync);
        group.MapPost("/validate", ValidateAsync).RequireStudioRunLimit();
        group.MapPut("/{definitionId}/draft", SaveDraftAsync);
        group.MapPost("/{definitionId}/publish", PublishAsync);
        group.MapRouteLifecycle();
        group.MapMigrations();

        app.MapGet("/api/activities", () => TypedResults.Ok(ActivityCatalog.Default.Descriptors))
            .WithTags("Definitions")
            .RequireAuthorization(Policies.Designer);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<DefinitionSummary>>> ListAsync(IDefinitionReader definitions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await definitions.ListAsync(cancellationToken));

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult, ValidationProblem>> GetAsync(
        string definitionId, string? version, IDefinitionReader definitions, CancellationToken cancellationToken)
    {
        VersionSelector selector;
        switch (version?.Trim().ToLowerInvariant())
        {
            case null or "" or "latest":
                selector = VersionSelector.Latest;
                break;
            case "published":
                selector = VersionSelector.Published;
                break;
            case var number when int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                selector = VersionSelector.Exact(n);
                break;
            default:
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["version"] = ["Use a version number, 'latest' or 'published'."] },
                    title: "Unknown version selector");
        }

        var record = await definitions.GetAsync(definitionId, selector, cancellationToken);
        if (record is null || JsonNode.Parse(record.Json) is not JsonObject document)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Definition '{ApplicationDataValidator.Printable(definitionId)}' ({ApplicationDataValidator.Printable(version ?? "latest")}) not found");
        }

        return TypedResults.Ok(DefinitionDocuments.WithFlags(document, record.DefinitionId, record.Version, record.IsLatest, record.IsPublished));
    }

    /// <summary>
    /// Validates a document; each finding's <c>text</c> is in Indonesian, or English when the caller's culture cookie asks
    /// (the API has no request localization of its own).
    /// </summary>
    private static async Task<Ok<ValidationResult>> ValidateAsync(
        JsonNode? document, DefinitionChecker checker, HttpRequest request, CancellationToken cancellationToken)
    {
        var check = await checker.CheckAsync(document, cancellationToken);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(UiCultures.FromCookie(request));
        var messages = new ValidationMessages(check.Definition);
        ValidationItem Item(ValidationError e) => new(e.Path, e.Message, e.Code, e.Arguments, e.ActivityId, e.Severity, messages.Render(e));
        return TypedResults.Ok(new ValidationResult(check.IsValid, [.. check.Errors.Select(Item)], [.. check.Warnings.Select(Item)]));
    }

    private static async Task<Results<Ok<DraftSaved>, ValidationProblem>> SaveDraftAsync(
        string definitionId, JsonNode? document, HttpRequest request, DefinitionEditor editor, CancellationToken cancellationToken)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(TooManyRequests.PrefersEnglish(request) ? UiCultures.English : UiCultures.Indonesian);
        if (document is not JsonObject body)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["$"] = ["The body must be a definition (a JSON object)."] },
                title: "Not a workflow definition");
        }

        switch (DefinitionDocuments.Find(body, "definitionId"))
        {
            case null:
                body["definitionId"] = definitionId;
                break;
            case JsonValue value when value.TryGetValue<string>(out var named) && named == definitionId:
                break;
            default:
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["definitionId"] = [$"The body's definitionId must be '{ApplicationDataValidator.Printable(definitionId)}', as in the URL, or absent."] },
                    title: "Definition id mismatch");
        }

        return TypedResults.Ok(await editor.SaveDraftAsync(definitionId, body, cancellationToken));
    }

    private static async Task<Ok<DefinitionPublished>> PublishAsync(
        string definitionId, HttpRequest request, DefinitionEditor editor, CancellationToken cancellationToken)
    {
        // A refusal is read by an analyst: Indonesian unless the caller asks for English (the API has no culture cookie).
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(TooManyRequests.PrefersEnglish(request) ? UiCultures.English : UiCultures.Indonesian);
        return TypedResults.Ok(await editor.PublishLatestAsync(definitionId, cancellationToken));
    }
}
