namespace Mpp.Workflows.Designer.Performance;

/// <summary>
/// The board's query (<c>from</c>, <c>to</c> as <c>YYYY-MM-DD</c>, both inclusive; <c>groupBy</c> <c>service</c> or <c>office</c>;
/// <c>service</c> a route's id), as the API and the pages read it. Without dates the board shows this month up to today.
/// </summary>
internal sealed record PerformanceRequest(PerformancePeriod Period, PerformanceGrouping GroupBy, string? Service)
{
    /// <summary>Longer periods read too many files for one request; a year is the usual report.</summary>
    public const int MaxYears = 5;

    public const int MaxKeyLength = 100;

    public static PerformanceRequest? Parse(
        string? from, string? to, string? groupBy, string? service, DateOnly today, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var start = ParseDay(from, "from", new DateOnly(today.Year, today.Month, 1), errors);
        var end = ParseDay(to, "to", today, errors);
        if (errors.Count == 0 && end < start)
        {
            errors["to"] = ["'to' must not be before 'from'."];
        }
        else if (errors.Count == 0 && end >= start.AddYears(MaxYears))
        {
            errors["to"] = [$"A period may span at most {MaxYears} years."];
        }

        var grouping = groupBy?.ToUpperInvariant() switch
        {
            null or "" or "SERVICE" => PerformanceGrouping.Service,
            "OFFICE" => PerformanceGrouping.Office,
            _ => (PerformanceGrouping?)null,
        };
        if (grouping is null)
        {
            errors["groupBy"] = ["groupBy is 'service' or 'office'."];
        }

        if (service is { Length: > MaxKeyLength })
        {
            errors["service"] = [$"service is at most {MaxKeyLength} characters."];
        }

        return errors.Count == 0 ? new PerformanceRequest(new PerformancePeriod(start, end), grouping ?? PerformanceGrouping.Service, string.IsNullOrWhiteSpace(service) ? null : service) : null;
    }

    private static DateOnly ParseDay(string? text, string name, DateOnly fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2100)
        {
            return day;
        }

        errors[name] = [$"'{name}' is a date written YYYY-MM-DD, between 2000 and 2100."];
        return fallback;
    }
}
