
namespace Mpp.Workflows.Engine.Reading;

/// <summary>Stored holiday calendars (the holiday editor, the calendar API, the calendar seeder).</summary>
public interface ICalendarReader
{
    /// <summary>Every stored calendar year, ascending.</summary>
    Task<IReadOnlyList<CalendarRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The calendar of <paramref name="year"/>; null when none is stored.</summary>
    Task<CalendarRecord?> GetAsync(int year, CancellationToken cancellationToken);
}
