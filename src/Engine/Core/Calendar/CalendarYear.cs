using System.Collections.Frozen;

namespace Mpp.Workflows.Engine.Calendar;

/// <summary>
/// The national holidays and cuti bersama of one calendar year. Weekends are implied and not listed;
/// a holiday that falls on a weekend may still be listed, as the SKB does.
/// </summary>
/// <example>
/// <code>
/// var year = new CalendarYear(2026, [new Holiday(new DateOnly(2026, 1, 1), "Tahun Baru 2026 Masehi", HolidayKind.National)])
/// {
///     Source = "SKB 3 Menteri 2026",
/// };
/// </code>
/// </example>
public sealed class CalendarYear
{
    private readonly FrozenDictionary<DateOnly, Holiday> byDate;

    /// <exception cref="CalendarValidationException">A date outside <paramref name="year"/>, a duplicate date or an empty name.</exception>
    public CalendarYear(int year, IReadOnlyList<Holiday> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        if (year is < 1 or > 9999)
        {
            throw new CalendarValidationException($"Calendar year {year} is out of range.");
        }

        var map = new Dictionary<DateOnly, Holiday>();
        foreach (var holiday in holidays)
        {
            ArgumentNullException.ThrowIfNull(holiday);
            if (holiday.Date.Year != year)
            {
                throw new CalendarValidationException(
                    $"Calendar {year}: holiday '{holiday.Name}' on {Iso(holiday.Date)} lies outside the year {year}.");
            }

            if (string.IsNullOrWhiteSpace(holiday.Name))
            {
                throw new CalendarValidationException($"Calendar {year}: the holiday on {Iso(holiday.Date)} has no name.");
            }

            if (!Enum.IsDefined(holiday.Kind))
            {
                throw new CalendarValidationException(
                    $"Calendar {year}: the holiday on {Iso(holiday.Date)} has the unknown kind {(int)holiday.Kind}.");
            }

            if (!map.TryAdd(holiday.Date, holiday))
            {
                throw new CalendarValidationException(
                    $"Calendar {year}: {Iso(holiday.Date)} is listed twice ('{map[holiday.Date].Name}' and '{holiday.Name}').");
            }
        }

        Year = year;
        Holidays = [.. map.Values.OrderBy(h => h.Date)];
        byDate = map.ToFrozenDictionary();
    }

    public int Year { get; }

    /// <summary>The holidays in date order.</summary>
    public IReadOnlyList<Holiday> Holidays { get; }

    /// <summary>Where the list comes from (the decree), shown to admins; not used in computations.</summary>
    public string? Source { get; init; }

    /// <summary>The IANA zone the file's dates were published for; informational, deadlines use the office's zone.</summary>
    public string? TimeZone { get; init; }

    /// <summary>
    /// Built by <see cref="ProvisionalCalendar"/> for a year whose decree is not loaded: due dates counted with it are estimates.
    /// </summary>
    public bool IsProvisional { get; init; }

    /// <summary>
    /// Provisional years: the holidays the decree will have whose date no rule gives (Waisak, most cuti bersama), by name.
    /// Counting goes on as if they were working days, so a due date across them may come a day or two early.
    /// </summary>
    public IReadOnlyList<string> NotEstimated { get; init; } = [];

    /// <summary>The holiday on <paramref name="date"/>, or null when the date is not listed.</summary>
    public Holiday? Find(DateOnly date) => byDate.GetValueOrDefault(date);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
