namespace Mpp.Workflows.Engine.Calendar;

/// <summary>Where the engine gets each year's holidays; admins may replace a year while the engine runs.</summary>
public interface IHolidayCalendarSource
{
    /// <summary>The calendar for <paramref name="year"/>, or null when none is loaded (callers must not guess).</summary>
    CalendarYear? GetYear(int year);
}
