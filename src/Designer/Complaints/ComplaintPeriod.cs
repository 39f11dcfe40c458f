namespace Mpp.Workflows.Designer.Complaints;

/// <summary>
/// The board's period from <c>from</c> and <c>to</c> (<c>yyyy-MM-dd</c>, inclusive, in the engine's zone): by default the
/// current month so far; at most <see cref="MaxDays"/> days; <c>to</c> not before <c>from</c>; years from <see cref="MinYear"/>
/// to <see cref="MaxYear"/> like the performance board (the first and last days of the calendar have no instant in every zone).
/// </summary>
internal sealed record ComplaintPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;

    public const int MinYear = 2000;

    public const int MaxYear = 2100;

    /// <summary>The period asked for, or the reason it cannot be read (the caller answers 400 with it).</summary>
    public static (ComplaintPeriod? Period, string? Problem) Parse(string? from, string? to, DateOnly today)
    {
        var start = new DateOnly(today.Year, today.Month, 1);
        var end = today;
        if (!string.IsNullOrWhiteSpace(from) && !DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            return (null, Texts.ComplaintPeriodDate(MinYear, MaxYear));
        }

        if (!string.IsNullOrWhiteSpace(to) && !DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out end))
        {
            return (null, Texts.ComplaintPeriodDate(MinYear, MaxYear));
        }

        if (start.Year is < MinYear or > MaxYear || end.Year is < MinYear or > MaxYear)
        {
            return (null, Texts.ComplaintPeriodDate(MinYear, MaxYear));
        }

        if (end < start || end.DayNumber - start.DayNumber >= MaxDays)
        {
            return (null, Texts.ComplaintPeriodRange(MaxDays));
        }

        return (new ComplaintPeriod(start, end), null);
    }
}
