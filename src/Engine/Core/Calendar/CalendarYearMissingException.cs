namespace Mpp.Workflows.Engine.Calendar;

/// <summary>
/// A working-day computation reached a year for which no calendar is loaded. Counting only weekends
/// there would silently produce wrong legal deadlines, so the computation stops instead.
/// </summary>
public sealed class CalendarYearMissingException : Exception
{
    public CalendarYearMissingException(int year)
        : base($"No working-day calendar is loaded for {year}: add workflows/calendars/{year}.json "
            + $"or PUT /api/calendars/{year} before computing deadlines that reach that year.")
    {
        Year = year;
    }

    public int Year { get; }
}
