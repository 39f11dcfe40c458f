using System.Text;
using Microsoft.AspNetCore.Mvc;
using Mpp.Workflows.Designer.Applications;
using Mpp.Workflows.Designer.Auth;
using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Designer.Complaints;

/// <summary>
/// <c>/api/complaints</c>: citizens file complaints (anonymous, rate-limited like submissions, with an <c>Idempotency-Key</c>)
/// and follow them with their token; staff list their office's complaints and answer them; anyone reads the board's figures
/// (counts per office, no personal data) as JSON or CSV.
/// </summary>
internal static class ComplaintsApi
{
    public const int DefaultPageSize = 50;

    // Far beyond any office's complaints, and the offset it makes stays a small number for the database.
    private const int MaxPage = 100_000;

    private const int MaxSearchLength = 254;

    public static IEndpointRouteBuilder MapComplaints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/complaints").WithTags("Complaints");
        group.MapPost("/", FileAsync).AllowAnonymous().RequireSubmissionLimit();
        group.MapGet("/board", BoardAsync).AllowAnonymous();
        group.MapGet("/board.csv", BoardCsvAsync).AllowAnonymous();
        group.MapGet("/{number}", FollowAsync).AllowAnonymous();
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:guid}/answer", AnswerAsync).RequireAuthorization(Policies.Staff);
        return app;
    }

    private static async Task<Created<FileComplaintResult>> FileAsync(
        FileComplaintRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ComplaintService complaints,
        CancellationToken cancellationToken)
    {
        var result = await complaints.FileAsync(request.ToCommand(idempotencyKey), cancellationToken);
        return TypedResults.Created($"/api/complaints/{Uri.EscapeDataString(result.Number)}", result);
    }

    private static async Task<Results<Ok<ComplaintPublicView>, ProblemHttpResult>> FollowAsync(
        string number, string? token, ComplaintService complaints, CancellationToken cancellationToken) =>
        await complaints.FollowAsync(number, token, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            // One answer for an unknown number and a wrong token, so numbers cannot be probed.
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No complaint matches this number and token.");

    private static async Task<Results<Ok<PagedResult<ComplaintView>>, ValidationProblem>> ListAsync(
        string? status, string? q, int? page, int? pageSize, ClaimsPrincipal user, ComplaintService complaints, CancellationToken cancellationToken)
    {
        if (page is < 1 or > MaxPage || pageSize is < 1 or > ComplaintService.MaxPageSize)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["page"] = [$"page is 1 to {MaxPage}; pageSize is 1 to {ComplaintService.MaxPageSize}."] },
                title: "Invalid paging");
        }

        if (q is { Length: > MaxSearchLength })
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["q"] = [$"A search is at most {MaxSearchLength} characters."] }, title: "Invalid search");
        }

        if (!string.IsNullOrEmpty(status) && status is not (ComplaintStatuses.Open or ComplaintStatuses.Answered))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["status"] = [$"status is {ComplaintStatuses.Open} or {ComplaintStatuses.Answered}."] },
                title: "Invalid status");
        }

        return TypedResults.Ok(await complaints.ForOfficeAsync(
            user.ToActor(), string.IsNullOrEmpty(status) ? null : status, q, page ?? 1, pageSize ?? DefaultPageSize, cancellationToken));
    }

    private static async Task<Ok<ComplaintView>> AnswerAsync(
        Guid id, AnswerComplaintRequest request, ClaimsPrincipal user, ComplaintService complaints, CancellationToken cancellationToken) =>
        TypedResults.Ok(await complaints.AnswerAsync(id, request.Answer, user.ToActor(), cancellationToken));

    private static async Task<Results<Ok<IReadOnlyList<ComplaintOfficeStats>>, ValidationProblem>> BoardAsync(
        string? from, string? to, IComplaintBoardReader board, TimeProvider time, IOptions<EngineOptions> options, CancellationToken cancellationToken)
    {
        var (period, problem) = ComplaintPeriod.Parse(from, to, Today(time, options.Value));
        return period is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = [problem!] }, title: "Invalid period")
            : TypedResults.Ok(await board.ReadAsync(period.From, period.To, cancellationToken));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> BoardCsvAsync(
        string? from, string? to, IComplaintBoardReader board, TimeProvider time, IOptions<EngineOptions> options, CancellationToken cancellationToken)
    {
        var (period, problem) = ComplaintPeriod.Parse(from, to, Today(time, options.Value));
        if (period is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = [problem!] }, title: "Invalid period");
        }

        var rows = await board.ReadAsync(period.From, period.To, cancellationToken);
        var csv = ComplaintBoardCsv.Write(rows);
        return TypedResults.File(
            Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8",
            $"pengaduan-{period.From:yyyy-MM-dd}-{period.To:yyyy-MM-dd}.csv");
    }

    /// <summary>Today in the engine's zone: the board's default period ends here.</summary>
    public static DateOnly Today(TimeProvider time, EngineOptions options) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZones.Resolve(options.TimeZone)).DateTime);
}
