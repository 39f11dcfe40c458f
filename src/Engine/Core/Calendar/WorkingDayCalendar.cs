namespace Mpp.Workflows.Engine.Calendar;

/// <summary>
/// Legal clocks in working days: Monday–Friday minus national holidays and cuti bersama, read from an
/// <see cref="IHolidayCalendarSource"/> on every call so that an admin's edit applies to the next computation.
/// </summary>
/// <remarks>
/// Every day a computation looks at must belong to a loaded year, weekends included; otherwise
/// <see cref="CalendarYearMissingException"/> is thrown rather than counting weekends only.
/// </remarks>
/// <example>
/// Five working days from Wednesday 18 March 2026 (Nyepi and Idul Fitri leave follow) are due at 16:00 WIB on Tuesday 31 March 2026:
/// <code>calendar.AddWorkingDays(new DateTimeOffset(2026, 3, 18, 10, 0, 0, TimeSpan.FromHours(7)), 5, TimeZones.Resolve("WIB"))</code>
/// </example>
public sealed class WorkingDayCalendar
{
    private readonly IHolidayCalendarSource source;

    public WorkingDayCalendar(IHolidayCalendarSource source, OfficeHours hours)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(hours);
        this.source = source;
        Hours = hours;
    }

    public OfficeHours Hours { get; }

    /// <exception cref="CalendarYearMissingException">No calendar is loaded for the day's year.</exception>
    public bool IsWorkingDay(DateOnly day)
    {
        var calendar = source.GetYear(day.Year) ?? throw new CalendarYearMissingException(day.Year);
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && calendar.Find(day) is null;
    }

    /// <summary>
    /// The due instant of a step that starts at <paramref name="start"/> and has <paramref name="days"/> working days:
    /// office closing time, in <paramref name="zone"/>, of the Nth working day after the start's local day. The start
    /// day itself never counts, whatever the hour. With zero days the step is due at closing time of the start day if
    /// that is a working day (even if it already closed), else of the next working day.
    /// </summary>
    /// <returns>The instant with <paramref name="zone"/>'s offset at that instant.</returns>
    /// <exception cref="CalendarYearMissingException">The walk reaches a year without a calendar.</exception>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days, TimeZoneInfo zone)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentNullException.ThrowIfNull(zone);
        var day = LocalDay(start, zone);
        if (days == 0)
        {
            while (!IsWorkingDay(day))
            {
                day = Next(day);
            }

            return EndOfDay(day, zone);
        }

        var counted = 0;
        while (counted < days)
        {
            day = Next(day);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return EndOfDay(day, zone);
    }

    /// <summary>
    /// The number of working days strictly after <paramref name="from"/>'s local day up to and including
    /// <paramref name="to"/>'s local day; negative, with the same magnitude, when <paramref name="to"/>'s day comes
    /// first. It inverts <see cref="AddWorkingDays"/>: <c>CountWorkingDays(s, AddWorkingDays(s, n, z), z) == n</c>
    /// for every n ≥ 1, and for n = 0 when s falls on a working day.
    /// </summary>
    /// <exception cref="CalendarYearMissingException">The span reaches a year without a calendar.</exception>
    public int CountWorkingDays(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var first = LocalDay(from, zone);
        var last = LocalDay(to, zone);
        if (last < first)
        {
            return -CountWorkingDays(to, from, zone);
        }

        var count = 0;
        for (var day = first.AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The working time between <paramref name="now"/> and <paramref name="due"/>, in working days of
    /// <see cref="Hours"/>: only office hours of working days count, and one full office day is 1.0. Negative when
    /// overdue. With 08:00–16:00 hours, at 12:00 on the due day it is 0.5; at 12:00 on the next working day after an
    /// unmet deadline it is −0.5; over a weekend it stays constant. Inboxes may show its ceiling as "days left".
    /// </summary>
    /// <exception cref="CalendarYearMissingException">The span reaches a year without a calendar.</exception>
    public double WorkingDaysLeft(DateTimeOffset now, DateTimeOffset due, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return now <= due
            ? OfficeTimeBetween(now, due, zone) / Hours.Length
            : -OfficeTimeBetween(due, now, zone) / Hours.Length;
    }

    private TimeSpan OfficeTimeBetween(DateTimeOffset earlier, DateTimeOffset later, TimeZoneInfo zone)
    {
        var total = TimeSpan.Zero;
        var last = LocalDay(later, zone);
        for (var day = LocalDay(earlier, zone); day <= last; day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            var open = Max(At(day, Hours.Start, zone), earlier);
            var close = Min(At(day, Hours.End, zone), later);
            if (close > open)
            {
                total += close - open;
            }
        }

        return total;
    }

    private DateTimeOffset EndOfDay(DateOnly day, TimeZoneInfo zone) => At(day, Hours.End, zone);

    /// <summary>The instant's day in <paramref name="zone"/>; an instant whose local day is beyond the calendar's range has no calendar.</summary>
    private static DateOnly LocalDay(DateTimeOffset instant, TimeZoneInfo zone)
    {
        try
        {
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new CalendarYearMissingException(instant.UtcDateTime.Year == DateTime.MaxValue.Year ? DateTime.MaxValue.Year + 1 : 0);
        }
    }

    /// <summary>The day after <paramref name="day"/>; the last day .NET can hold has none, and no year after it has a calendar.</summary>
    private static DateOnly Next(DateOnly day) =>
        day == DateOnly.MaxValue ? throw new CalendarYearMissingException(day.Year + 1) : day.AddDays(1);

    private static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);

        // GetUtcOffset gives the standard offset for a local time skipped by a DST change, so the result is still
        // a real instant; the conversion then stamps the offset the zone actually has at that instant.
        var instant = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return TimeZoneInfo.ConvertTime(instant, zone);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;
}
