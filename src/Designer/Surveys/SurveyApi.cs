using Mpp.Workflows.Designer.Applications;
using Mpp.Workflows.Designer.Auth;

namespace Mpp.Workflows.Designer.Surveys;

/// <summary>
/// <c>/api/survey</c>: the applicant's survey of one application (<c>GET</c> whether it is open, <c>POST</c> the answer;
/// both with the tracking token, the answer under the anonymous submission limit), the public results as JSON and CSV,
/// and the respondents' comments for admins.
/// </summary>
internal static class SurveyApi
{
    /// <summary>Longer than any registration number or route id this host makes; a longer one is not looked up.</summary>
    private const int MaxKeyLength = 100;

    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddSingleton(provider => (ISurveyStore)provider.GetRequiredService<IWorkflowStore>());
        services.AddScoped<SurveyService>();
        return services;
    }

    public static IEndpointRouteBuilder MapSurvey(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/survey").WithTags("Survey");
        group.MapGet("/results", ResultsAsync).AllowAnonymous();
        group.MapGet("/results.csv", CsvAsync).AllowAnonymous();
        group.MapGet("/comments", CommentsAsync).RequireAuthorization(Policies.Admin);
        group.MapGet("/{registrationNumber}", StateAsync).AllowAnonymous();
        group.MapPost("/{registrationNumber}", SubmitAsync).AllowAnonymous().RequireSubmissionLimit();
        return app;
    }

    private static async Task<Results<Ok<SurveyState>, ProblemHttpResult>> StateAsync(
        string registrationNumber, string? token, SurveyService surveys, CancellationToken cancellationToken)
    {
        var availability = registrationNumber.Length > MaxKeyLength
            ? new SurveyAvailability(SurveyAccess.NotFound)
            : await surveys.AvailabilityAsync(registrationNumber, token, cancellationToken);
        return availability.Access == SurveyAccess.NotFound
            ? NotFound()
            : TypedResults.Ok(new SurveyState(availability.Access.ToString(), availability.ServiceName));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        string registrationNumber, string? token, SurveyAnswer answer, SurveyService surveys, CancellationToken cancellationToken)
    {
        if (registrationNumber.Length > MaxKeyLength)
        {
            return NotFound();
        }

        var result = await surveys.SubmitAsync(registrationNumber, token, answer, cancellationToken);
        return result switch
        {
            { Saved: true } => TypedResults.NoContent(),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors, title: Texts.SurveyFixErrors),
            { Access: SurveyAccess.Answered } => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: Texts.SurveyTitle, detail: Texts.SurveyAlreadyAnswered),
            { Access: SurveyAccess.NotYet } => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: Texts.SurveyTitle, detail: Texts.SurveyNotYet),
            _ => NotFound(),
        };
    }

    private static async Task<Results<Ok<SurveyResults>, ValidationProblem>> ResultsAsync(
        string? from, string? to, string? service, SurveyService surveys, CancellationToken cancellationToken)
    {
        var (results, errors) = await ReadAsync(from, to, service, surveys, cancellationToken);
        return results is null ? TypedResults.ValidationProblem(errors!, title: Texts.SurveyResultsTitle) : TypedResults.Ok(results);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> CsvAsync(
        string? from, string? to, string? service, SurveyService surveys, CancellationToken cancellationToken)
    {
        var (results, errors) = await ReadAsync(from, to, service, surveys, cancellationToken);
        return results is null
            ? TypedResults.ValidationProblem(errors!, title: Texts.SurveyResultsTitle)
            : TypedResults.File(
                Encoding.UTF8.GetBytes(SurveyCsv.Write(results)), "text/csv; charset=utf-8", $"survei-ikm-{results.From}-{results.To}.csv");
    }

    private static async Task<Results<Ok<IReadOnlyList<SurveyComment>>, ValidationProblem>> CommentsAsync(
        string? from, string? to, string? service, SurveyService surveys, CancellationToken cancellationToken)
    {
        var (range, errors) = await SelectionAsync(from, to, service, surveys, cancellationToken);
        return range is { } r
            ? TypedResults.Ok(await surveys.CommentsAsync(r.From, r.To, Blank(service), cancellationToken))
            : TypedResults.ValidationProblem(errors!, title: Texts.SurveyComments);
    }

    private static async Task<(SurveyResults? Results, Dictionary<string, string[]>? Errors)> ReadAsync(
        string? from, string? to, string? service, SurveyService surveys, CancellationToken cancellationToken)
    {
        var (range, errors) = await SelectionAsync(from, to, service, surveys, cancellationToken);
        return range is { } r ? (await surveys.ResultsAsync(r.From, r.To, Blank(service), cancellationToken), null) : (null, errors);
    }

    /// <summary>The months and the service asked for, or what is wrong with them.</summary>
    private static async Task<((string From, string To)? Range, Dictionary<string, string[]>? Errors)> SelectionAsync(
        string? from, string? to, string? service, SurveyService surveys, CancellationToken cancellationToken)
    {
        if (!SurveyPeriod.TryRange(from, to, surveys.Today(), out var range))
        {
            return (null, new Dictionary<string, string[]> { ["from"] = [Texts.SurveyBadPeriod], ["to"] = [Texts.SurveyBadPeriod] });
        }

        return Blank(service) is { } id && (id.Length > MaxKeyLength || !(await surveys.ServiceNamesAsync(cancellationToken)).ContainsKey(id))
            ? (null, new Dictionary<string, string[]> { ["service"] = [Texts.SurveyUnknownService] })
            : (range, null);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // One answer for an unknown number and a wrong token, so numbers cannot be probed.
    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: Texts.SurveyTitle, detail: Texts.SurveyNotFound);
}
