using Mpp.Workflows.Designer.Auth;

namespace Mpp.Workflows.Designer.Performance;

/// <summary>
/// <c>/api/performance</c>: the public board (counts and working days per service or office, no file named), its CSV, and for
/// heads of office and admins the files behind a figure (<c>/api/performance/files</c>), limited to the head's office.
/// </summary>
internal static class PerformanceApi
{
    public static IEndpointRouteBuilder MapPerformance(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Performance");
        group.MapGet("/performance", ReportAsync).AllowAnonymous();
        group.MapGet("/performance.csv", CsvAsync).AllowAnonymous();
        group.MapGet("/performance/files", FilesAsync).RequireAuthorization(Policies.Staff);
        return app;
    }

    private static async Task<Results<Ok<PerformanceReport>, ValidationProblem>> ReportAsync(
        string? from, string? to, string? groupBy, string? service, PerformanceBoard board, IDefinitionReader definitions,
        CancellationToken cancellationToken)
    {
        var (request, errors) = await ParseAsync(from, to, groupBy, service, board, definitions, cancellationToken);
        if (request is null)
        {
            return Invalid(errors);
        }

        return TypedResults.Ok(await board.ReportAsync(request.Period, request.GroupBy, request.Service, null, cancellationToken));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> CsvAsync(
        string? from, string? to, string? groupBy, string? service, PerformanceBoard board, IDefinitionReader definitions,
        CancellationToken cancellationToken)
    {
        var (request, errors) = await ParseAsync(from, to, groupBy, service, board, definitions, cancellationToken);
        if (request is null)
        {
            return Invalid(errors);
        }

        var report = await board.ReportAsync(request.Period, request.GroupBy, request.Service, null, cancellationToken);
        return TypedResults.File(Encoding.UTF8.GetBytes(PerformanceCsv.Write(report)), "text/csv; charset=utf-8", PerformanceCsv.FileName(report));
    }

    private static async Task<Results<Ok<IReadOnlyList<PerformanceFileEntry>>, ValidationProblem, ProblemHttpResult>> FilesAsync(
        string? from,
        string? to,
        string? groupBy,
        string? service,
        string? key,
        string? figure,
        ClaimsPrincipal user,
        PerformanceBoard board,
        IDefinitionReader definitions,
        CancellationToken cancellationToken)
    {
        if (!PerformanceAccess.TryScope(user.ToActor(), out var office))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not a head of office",
                detail: "The files behind the board's figures are shown to the head of an office (Signer) and to admins.");
        }

        var (request, errors) = await ParseAsync(from, to, groupBy, service, board, definitions, cancellationToken);
        if (!PerformanceFigures.TryParse(figure, out var wanted))
        {
            errors["figure"] = [$"figure is one of: {string.Join(", ", PerformanceFigures.Names)}."];
        }

        if (key is { Length: > PerformanceRequest.MaxKeyLength })
        {
            errors["key"] = [$"key is at most {PerformanceRequest.MaxKeyLength} characters."];
        }

        if (request is null || errors.Count > 0)
        {
            return Invalid(errors);
        }

        return TypedResults.Ok(await board.FilesAsync(
            request.Period, request.GroupBy, string.IsNullOrWhiteSpace(key) ? null : key, wanted, request.Service, office, cancellationToken));
    }

    /// <summary>The query, with a service that was never published refused like an unknown one: its id is not public.</summary>
    private static async Task<(PerformanceRequest? Request, Dictionary<string, string[]> Errors)> ParseAsync(
        string? from, string? to, string? groupBy, string? service, PerformanceBoard board, IDefinitionReader definitions,
        CancellationToken cancellationToken)
    {
        var request = PerformanceRequest.Parse(from, to, groupBy, service, board.Today(), out var errors);
        if (request?.Service is { } id && !(await definitions.PublicNamesAsync(cancellationToken)).ContainsKey(id))
        {
            errors["service"] = ["unknown service: not a published route."];
            return (null, errors);
        }

        return (request, errors);
    }

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Invalid performance board query");
}
