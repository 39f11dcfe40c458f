
namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// <c>POST /api/definitions</c> (a new route: blank, copied or imported) and <c>DELETE /api/definitions/{definitionId}/draft</c>
/// (a draft that was never published). Refusals are problem details in Indonesian unless the caller asks for English.
/// </summary>
internal static class RouteLifecycleApi
{
    public static RouteGroupBuilder MapRouteLifecycle(this RouteGroupBuilder group)
    {
        group.MapPost("/", CreateAsync);
        group.MapDelete("/{definitionId}/draft", DeleteDraftAsync);
        return group;
    }

    private static async Task<Created<DraftSaved>> CreateAsync(
        NewRoute route, HttpRequest request, RouteLifecycle lifecycle, CancellationToken cancellationToken)
    {
        UseCallersLanguage(request);
        var saved = await lifecycle.CreateAsync(route, cancellationToken);
        return TypedResults.Created($"/api/definitions/{Uri.EscapeDataString(saved.DefinitionId)}", saved);
    }

    private static async Task<NoContent> DeleteDraftAsync(
        string definitionId, HttpRequest request, RouteLifecycle lifecycle, CancellationToken cancellationToken)
    {
        UseCallersLanguage(request);
        await lifecycle.DeleteDraftAsync(definitionId, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>A refusal is read by an analyst: Indonesian unless the caller asks for English (the API has no culture cookie).</summary>
    private static void UseCallersLanguage(HttpRequest request) =>
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(TooManyRequests.PrefersEnglish(request) ? UiCultures.English : UiCultures.Indonesian);
}
