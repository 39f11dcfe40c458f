namespace Mpp.Workflows.Designer.Complaints;

/// <summary>
/// The board's period from <c>from</c> and <c>to</c> (<c>yyyy-MM-dd</c>, inclusive, in the engine's zone): by default the
/// current month so far; at most <see cref="MaxDays"/> days; <c>to</c> not before <c>from</c>.
/// </summary>
internal sealed record ComplaintPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;

    /// <summary>The period asked for, or the reason it cannot be read (the caller answers 400 with it).</summary>
    public static (ComplaintPeriod? Period, string? Problem) Parse(string? from, string? to, DateOnly today)
    {
        var start = new DateOnly(today.Year, today.Month, 1);
        var end = today;
        if (!string.IsNullOrWhiteSpace(from) && !DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            return (null, Texts.ComplaintPeriodDate);
        }

        if (!string.IsNullOrWhiteSpace(to) && !DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out end))
        {
            return (null, Texts.ComplaintPeriodDate);
        }

        if (end < start || end.DayNumber - start.DayNumber >= MaxDays)
        {
            return (null, Texts.ComplaintPeriodRange(MaxDays));
        }

        return (new ComplaintPeriod(start, end), null);
    }
}
