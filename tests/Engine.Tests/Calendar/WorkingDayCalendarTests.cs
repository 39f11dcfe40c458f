using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private readonly WorkingDayCalendar calendar = RepositoryCalendars.Calendar();

    private static DateTimeOffset AtWib(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(year, month, day, hour, minute, 0, Wib);

    [Fact]
    public void AddWorkingDays_SkipsNyepiAndIdulFitriBlock()
    {
        // Wed 18 Mar (cuti, start day) | Thu 19 Nyepi | Fri 20 cuti | Sat 21, Sun 22 Idul Fitri | Mon 23, Tue 24 cuti
        // then Wed 25 (1), Thu 26 (2), Fri 27 (3), Mon 30 (4), Tue 31 (5).
        var due = calendar.AddWorkingDays(AtWib(2026, 3, 18), 5, RepositoryCalendars.Wib);

        Assert.Equal(AtWib(2026, 3, 31, 16), due);
        Assert.Equal(Wib, due.Offset);
    }

    [Fact]
    public void AddWorkingDays_SkipsIndependenceDay()
    {
        var due = calendar.AddWorkingDays(AtWib(2026, 8, 14, 15, 59), 2, RepositoryCalendars.Wib);

        Assert.Equal(AtWib(2026, 8, 19, 16), due);
    }

    [Fact]
    public void AddWorkingDays_FromSaturday_CountsMondayAsFirstDay()
    {
        var due = calendar.AddWorkingDays(AtWib(2026, 6, 6, 9), 1, RepositoryCalendars.Wib);

        Assert.Equal(AtWib(2026, 6, 8, 16), due);
    }

    [Fact]
    public void AddWorkingDays_Zero_OnWorkingDay_IsClosingTimeOfThatDay_EvenAfterClosing()
    {
        Assert.Equal(AtWib(2026, 3, 25, 16), calendar.AddWorkingDays(AtWib(2026, 3, 25, 9), 0, RepositoryCalendars.Wib));
        Assert.Equal(AtWib(2026, 3, 25, 16), calendar.AddWorkingDays(AtWib(2026, 3, 25, 21), 0, RepositoryCalendars.Wib));
    }

    [Fact]
    public void AddWorkingDays_Zero_OnCutiBersama_IsClosingTimeOfNextWorkingDay()
    {
        var due = calendar.AddWorkingDays(AtWib(2026, 3, 18), 0, RepositoryCalendars.Wib);

        Assert.Equal(AtWib(2026, 3, 25, 16), due);
    }

    [Fact]
    public void AddWorkingDays_TakesTheStartDayInTheOfficeZone_NotInUtc()
    {
        // 20:00 UTC on Thursday 13 August is already Friday 14 August, 03:00 in Jakarta.
        var start = new DateTimeOffset(2026, 8, 13, 20, 0, 0, TimeSpan.Zero);

        var due = calendar.AddWorkingDays(start, 2, RepositoryCalendars.Wib);

        Assert.Equal(AtWib(2026, 8, 19, 16), due);
    }

    [Fact]
    public void AddWorkingDays_InWita_IsDueAtClosingTimeInMakassar()
    {
        var wita = TimeZones.Resolve("WITA");

        var due = calendar.AddWorkingDays(AtWib(2026, 8, 14), 2, wita);

        Assert.Equal(new DateTimeOffset(2026, 8, 19, 16, 0, 0, TimeSpan.FromHours(8)), due);
        Assert.Equal(TimeSpan.FromHours(8), due.Offset);
    }

    [Fact]
    public void AddWorkingDays_UsesTheConfiguredClosingTime()
    {
        var early = new WorkingDayCalendar(RepositoryCalendars.Source(), new OfficeHours(new TimeOnly(7, 30), new TimeOnly(15, 30)));

        var due = early.AddWorkingDays(AtWib(2026, 8, 14), 2, RepositoryCalendars.Wib);

        Assert.Equal(AtWib(2026, 8, 19, 15, 30), due);
    }

    [Fact]
    public void AddWorkingDays_CrossesFromChristmasLeave2025IntoNewYear2026()
    {
        // Thu 25 Dec holiday, Fri 26 Dec cuti; Mon 29 (1), Tue 30 (2), Wed 31 (3); Thu 1 Jan holiday; Fri 2 Jan (4).
        Assert.Equal(AtWib(2025, 12, 31, 16), calendar.AddWorkingDays(AtWib(2025, 12, 24), 3, RepositoryCalendars.Wib));
        Assert.Equal(AtWib(2026, 1, 2, 16), calendar.AddWorkingDays(AtWib(2025, 12, 24), 4, RepositoryCalendars.Wib));
    }

    [Fact]
    public void AddWorkingDays_ThrowsNamingTheYear_WhenTheWalkReachesAYearWithoutCalendar()
    {
        var ex = Assert.Throws<CalendarYearMissingException>(
            () => calendar.AddWorkingDays(AtWib(2026, 12, 30), 3, RepositoryCalendars.Wib));

        Assert.Equal(2027, ex.Year);
        Assert.Contains("PUT /api/calendars/2027", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorkingDays_DoesNotNeedNextYear_WhenTheDeadlineEndsThisYear()
    {
        Assert.Equal(AtWib(2026, 12, 31, 16), calendar.AddWorkingDays(AtWib(2026, 12, 30), 1, RepositoryCalendars.Wib));
    }

    [Fact]
    public void AddWorkingDays_RejectsNegativeDays()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(AtWib(2026, 3, 2), -1, RepositoryCalendars.Wib));
    }

    [Fact]
    public void AddWorkingDays_FollowsAYearReplacedAtRunTime()
    {
        // 2025 gained a cuti bersama day with eleven days' notice; an admin edit must move deadlines already computable.
        var source = RepositoryCalendars.Source();
        var edited = new WorkingDayCalendar(source, OfficeHours.Default);
        var year = source.GetYear(2026)!;
        source.SetYear(new CalendarYear(
            2026,
            [.. year.Holidays, new Holiday(new DateOnly(2026, 3, 25), "Cuti Bersama tambahan", HolidayKind.CutiBersama)]));

        var due = edited.AddWorkingDays(AtWib(2026, 3, 18), 5, RepositoryCalendars.Wib);

        Assert.Equal(AtWib(2026, 4, 1, 16), due);
    }

    [Theory]
    [InlineData("2026-03-20", false)] // Friday, cuti bersama Idul Fitri
    [InlineData("2026-03-19", false)] // Thursday, Nyepi
    [InlineData("2026-03-21", false)] // Saturday (also Idul Fitri)
    [InlineData("2026-03-29", false)] // plain Sunday
    [InlineData("2026-03-25", true)]
    [InlineData("2025-08-18", false)] // the cuti bersama added in August 2025
    [InlineData("2025-08-19", true)]
    public void IsWorkingDay_ExcludesWeekendsHolidaysAndCutiBersama(string date, bool expected)
    {
        Assert.Equal(expected, calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void IsWorkingDay_ThrowsForAYearWithoutCalendar_EvenOnAWeekend()
    {
        var ex = Assert.Throws<CalendarYearMissingException>(() => calendar.IsWorkingDay(new DateOnly(2024, 12, 28)));

        Assert.Contains("2024", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CountWorkingDays_CountsDaysAfterFromUpToAndIncludingTo()
    {
        Assert.Equal(5, calendar.CountWorkingDays(AtWib(2026, 3, 18), AtWib(2026, 3, 31, 8), RepositoryCalendars.Wib));
        Assert.Equal(0, calendar.CountWorkingDays(AtWib(2026, 3, 25, 8), AtWib(2026, 3, 25, 17), RepositoryCalendars.Wib));
    }

    [Fact]
    public void CountWorkingDays_IsNegative_WhenToPrecedesFrom()
    {
        Assert.Equal(-5, calendar.CountWorkingDays(AtWib(2026, 3, 31), AtWib(2026, 3, 18), RepositoryCalendars.Wib));
    }

    [Theory]
    [InlineData(2025, 237)] // 261 weekdays − 13 weekday holidays − 11 cuti bersama
    [InlineData(2026, 240)] // 261 weekdays − 13 weekday holidays − 8 cuti bersama
    public void CountWorkingDays_OverAWholeYear_MatchesTheDecree(int year, int expected)
    {
        // 1 January is a holiday, so leaving out the from-day loses nothing.
        var count = calendar.CountWorkingDays(AtWib(year, 1, 1), AtWib(year, 12, 31), RepositoryCalendars.Wib);

        Assert.Equal(expected, count);
    }

    [Fact]
    public void WorkingDaysLeft_WeighsPartialDaysByOfficeHours()
    {
        var due = AtWib(2026, 3, 31, 16);

        Assert.Equal(1.5, calendar.WorkingDaysLeft(AtWib(2026, 3, 30, 12), due, RepositoryCalendars.Wib), 9);
        Assert.Equal(0.0, calendar.WorkingDaysLeft(due, due, RepositoryCalendars.Wib), 9);
        Assert.Equal(-0.5, calendar.WorkingDaysLeft(AtWib(2026, 4, 1, 12), due, RepositoryCalendars.Wib), 9);
    }

    [Fact]
    public void WorkingDaysLeft_StandsStillOverAWeekend()
    {
        var due = AtWib(2026, 3, 31, 16);

        var fridayClose = calendar.WorkingDaysLeft(AtWib(2026, 3, 27, 16), due, RepositoryCalendars.Wib);
        var saturday = calendar.WorkingDaysLeft(AtWib(2026, 3, 28, 11), due, RepositoryCalendars.Wib);
        var mondayBeforeOpening = calendar.WorkingDaysLeft(AtWib(2026, 3, 30, 7), due, RepositoryCalendars.Wib);

        Assert.Equal(2.0, fridayClose, 9);
        Assert.Equal(2.0, saturday, 9);
        Assert.Equal(2.0, mondayBeforeOpening, 9);
    }

    [Fact]
    public void Constructor_RejectsOfficeHoursThatCloseBeforeTheyOpen()
    {
        Assert.Throws<ArgumentException>(() => new OfficeHours(new TimeOnly(16, 0), new TimeOnly(8, 0)));
    }

    [Fact]
    public void AddWorkingDays_AtTheLastDayDotNetHolds_IsAMissingYear_NotAnOutOfRangeCrash()
    {
        // Even with a calendar for 9999, the walk needs a day after 31 December 9999, which no year holds.
        var endOfTime = new WorkingDayCalendar(new InMemoryHolidayCalendarSource([new CalendarYear(9999, [])]), OfficeHours.Default);

        var fromLastDay = Assert.Throws<CalendarYearMissingException>(() => endOfTime.AddWorkingDays(new DateTimeOffset(9999, 12, 31, 9, 0, 0, TimeSpan.Zero), 1, TimeZoneInfo.Utc));
        var acrossMidnight = Assert.Throws<CalendarYearMissingException>(() => endOfTime.AddWorkingDays(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero), 1, RepositoryCalendars.Wib));

        Assert.Equal(10000, fromLastDay.Year);
        Assert.Equal(10000, acrossMidnight.Year);
    }
}
