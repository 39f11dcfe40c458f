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
        string? from, string? to, string? groupBy, string? service, PerformanceBoard board, CancellationToken cancellationToken)
    {
        if (PerformanceRequest.Parse(from, to, groupBy, service, board.Today(), out var errors) is not { } request)
        {
            return Invalid(errors);
        }

        return TypedResults.Ok(await board.ReportAsync(request.Period, request.GroupBy, request.Service, null, cancellationToken));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> CsvAsync(
        string? from, string? to, string? groupBy, string? service, PerformanceBoard board, CancellationToken cancellationToken)
    {
        if (PerformanceRequest.Parse(from, to, groupBy, service, board.Today(), out var errors) is not { } request)
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
        CancellationToken cancellationToken)
    {
        if (!PerformanceAccess.TryScope(user.ToActor(), out var office))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not a head of office",
                detail: "The files behind the board's figures are shown to the head of an office (Signer) and to admins.");
        }

        var request = PerformanceRequest.Parse(from, to, groupBy, service, board.Today(), out var errors);
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

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Invalid performance board query");
}
