using Mpp.Workflows.Designer.Auth;
using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Designer.Calendars;

/// <summary>
/// <c>/api/calendars/{year}</c>: admins read and replace a year's holidays (the format of <c>workflows/calendars/{year}.json</c>;
/// <c>year</c> may be left out of the body). A replacement recomputes the due dates of running clocks at once.
/// </summary>
internal static class CalendarsApi
{
    public static IServiceCollection AddCalendars(this IServiceCollection services) =>
        services.AddHostedService<CalendarSeeder>().AddHostedService<SharedSettingsRefresher>();

    public static IEndpointRouteBuilder MapCalendars(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calendars").WithTags("Calendars").RequireAuthorization(Policies.Admin);
        group.MapGet("/{year:int}", GetAsync);
        group.MapPut("/{year:int}", PutAsync).Accepts<JsonObject>("application/json");
        return app;
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> GetAsync(int year, ICalendarReader calendars, CancellationToken cancellationToken)
    {
        var record = await calendars.GetAsync(year, cancellationToken);
        if (record is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: $"No official calendar for {year}",
                detail: $"Deadlines reaching {year} are computed provisionally, with holidays estimated by rule; they are marked as "
                    + $"estimates and their automatic actions wait until an admin PUTs /api/calendars/{year} with the official holidays.");
        }

        var body = JsonNode.Parse(CalendarJson.Write(CalendarJson.Read(record.Json)))!.AsObject();
        body["updatedAt"] = record.UpdatedAt;
        body["updatedBy"] = record.UpdatedBy;
        return TypedResults.Ok(body);
    }

    private static async Task<Results<Ok<JsonObject>, ValidationProblem>> PutAsync(
        int year, HttpRequest request, ClaimsPrincipal user, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        CalendarYear calendar;
        try
        {
            // Strict: a key named twice, a lone surrogate escape or bytes that are not UTF-8 are refused, not stored or thrown later.
            var node = StrictJson.Parse(body.GetBuffer().AsMemory(0, (int)body.Length)) as JsonObject
                ?? throw new CalendarValidationException("The body must be a calendar object with a \"holidays\" array.");
            var bodyYear = node.FirstOrDefault(p => string.Equals(p.Key, "year", StringComparison.OrdinalIgnoreCase));
            if (bodyYear.Key is null)
            {
                node["year"] = year;
            }
            else if (bodyYear.Value?.ToJsonString() != year.ToString(CultureInfo.InvariantCulture))
            {
                throw new CalendarValidationException($"The body is for year {bodyYear.Value?.ToJsonString()}, the address for {year}.");
            }

            calendar = CalendarJson.Read(node.ToJsonString());
        }
        catch (Exception e) when (e is JsonException or CalendarValidationException)
        {
            var message = e is JsonException ? $"The body is not valid JSON: {e.Message}" : e.Message;
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["holidays"] = [message] }, title: "Invalid calendar");
        }

        var change = await runtime.ReplaceCalendarAsync(calendar, user.ToActor(), cancellationToken);
        var answer = JsonNode.Parse(CalendarJson.Write(calendar))!.AsObject();
        answer["recomputed"] = new JsonObject
        {
            ["applicationsAffected"] = change.ApplicationsAffected,
            ["dueDatesRecomputed"] = change.DueDatesRecomputed,
        };
        return TypedResults.Ok(answer);
    }
}
