namespace Mpp.Workflows.Designer.Components.Performance;

/// <summary>
/// The board's period picker: a month (<c>2026-03</c>), a quarter (<c>2026-Q1</c>) or a year (<c>2026</c>), as one query value
/// a link can carry. The current period ends today: days not yet lived have no files.
/// </summary>
internal static class BoardPeriods
{
    public sealed record Choice(string Value, string Label);

    public static IReadOnlyList<Choice> Months(DateOnly today) =>
        [.. Enumerable.Range(0, 12).Select(i => new DateOnly(today.Year, today.Month, 1).AddMonths(-i))
            .Select(m => new Choice(m.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.ToString("MMMM yyyy", CultureInfo.CurrentCulture)))];

    public static IReadOnlyList<Choice> Quarters(DateOnly today)
    {
        var first = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        return [.. Enumerable.Range(0, 8).Select(i => first.AddMonths(-3 * i))
            .Select(q => new Choice(FormattableString.Invariant($"{q.Year}-Q{((q.Month - 1) / 3) + 1}"), Texts.BoardQuarter(((q.Month - 1) / 3) + 1, q.Year)))];
    }

    public static IReadOnlyList<Choice> Years(DateOnly today) =>
        [.. Enumerable.Range(0, 5).Select(i => today.Year - i).Select(y => new Choice(y.ToString(CultureInfo.InvariantCulture), Texts.BoardYear(y)))];

    /// <summary>The period a value names; anything else (or nothing) is this month.</summary>
    public static PerformancePeriod Parse(string? value, DateOnly today)
    {
        var (from, to) = Bounds(value) ?? (new DateOnly(today.Year, today.Month, 1), new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1));
        return new PerformancePeriod(from, to > today && from <= today ? today : to);
    }

    /// <summary>The value naming the period <paramref name="value"/> picks, this month's when it names none.</summary>
    public static string Normalize(string? value, DateOnly today) =>
        Bounds(value) is null ? today.ToString("yyyy-MM", CultureInfo.InvariantCulture) : value!;

    private static (DateOnly From, DateOnly To)? Bounds(string? value)
    {
        if (value is { Length: 4 } && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        if (value is { Length: 7 } && value[4] == '-' && int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 2000 and <= 2100)
        {
            if (value[5] == 'Q' && value[6] is >= '1' and <= '4')
            {
                var start = new DateOnly(year, ((value[6] - '1') * 3) + 1, 1);
                return (start, start.AddMonths(3).AddDays(-1));
            }

            if (int.TryParse(value[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            {
                var start = new DateOnly(year, month, 1);
                return (start, start.AddMonths(1).AddDays(-1));
            }
        }

        return null;
    }
}
