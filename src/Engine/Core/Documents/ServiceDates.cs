using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Documents;

/// <summary>The completion date promised to the applicant on the receipt and in the receipt mail.</summary>
internal static class ServiceDates
{
    /// <summary>
    /// The local day <paramref name="slaDays"/> working days after submission. A year without a calendar falls back to
    /// Monday–Friday: the date is an estimate for the applicant, and a missing calendar must not stop the receipt.
    /// </summary>
    public static DateOnly ExpectedCompletion(WorkingDayCalendar calendar, DateTimeOffset submittedAt, int? slaDays, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var days = Math.Max(0, slaDays ?? 0);
        try
        {
            return DateOnly.FromDateTime(calendar.AddWorkingDays(submittedAt, days, zone).DateTime);
        }
        catch (CalendarYearMissingException)
        {
            // Weekdays only, below.
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(submittedAt, zone).DateTime);
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                counted++;
            }
        }

        return day;
    }
}
