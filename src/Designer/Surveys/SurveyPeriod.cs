using System.Diagnostics.CodeAnalysis;

namespace Mpp.Workflows.Designer.Surveys;

/// <summary>
/// Survey periods are months (<c>yyyy-MM</c>): an answer keeps only the month it was given in. A range left open runs
/// from January of the current year to the current month (in the engine's time zone).
/// </summary>
internal static class SurveyPeriod
{
    public const string Format = "yyyy-MM";

    public static string Of(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>A period as people read it ("Maret 2026", "March 2026").</summary>
    public static string Name(string period) =>
        DateOnly.ParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>The range of <paramref name="from"/> and <paramref name="to"/>; false when either is malformed or they are reversed.</summary>
    public static bool TryRange(string? from, string? to, DateOnly today, [NotNullWhen(true)] out (string From, string To)? range)
    {
        range = null;
        var first = string.IsNullOrWhiteSpace(from) ? new DateOnly(today.Year, 1, 1) : Parse(from);
        var last = string.IsNullOrWhiteSpace(to) ? today : Parse(to);
        if (first is not { } start || last is not { } end || Of(start).CompareTo(Of(end)) > 0)
        {
            return false;
        }

        range = (Of(start), Of(end));
        return true;
    }

    private static DateOnly? Parse(string value) =>
        DateOnly.TryParseExact(value.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= 2000 and <= 2999
            ? day
            : null;
}
