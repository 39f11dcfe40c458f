using System.Collections.Concurrent;

namespace Mpp.Workflows.Engine.Calendar;

/// <summary>
/// Holds calendars in memory. Safe for concurrent readers and writers: a year is swapped as a whole, so a
/// computation sees either the old or the new list of that year, never a half-edited one.
/// </summary>
public sealed class InMemoryHolidayCalendarSource : IHolidayCalendarSource
{
    private readonly ConcurrentDictionary<int, CalendarYear> years = new();

    public InMemoryHolidayCalendarSource()
    {
    }

    /// <exception cref="ArgumentException">Two calendars for the same year.</exception>
    public InMemoryHolidayCalendarSource(IEnumerable<CalendarYear> calendars)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        foreach (var calendar in calendars)
        {
            ArgumentNullException.ThrowIfNull(calendar);
            if (!years.TryAdd(calendar.Year, calendar))
            {
                throw new ArgumentException($"Two calendars for {calendar.Year}.", nameof(calendars));
            }
        }
    }

    /// <summary>The years currently loaded, ascending.</summary>
    public IReadOnlyList<int> Years => [.. years.Keys.Order()];

    public CalendarYear? GetYear(int year) => years.GetValueOrDefault(year);

    /// <summary>Adds the year or replaces the calendar already loaded for it.</summary>
    public void SetYear(CalendarYear calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        years[calendar.Year] = calendar;
    }
}
