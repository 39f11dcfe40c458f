using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Tests.Calendar;

namespace Mpp.Workflows.Engine.Tests.Runtime;

public sealed class WorkingClockTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly WorkingDayCalendar Days = RepositoryCalendars.Calendar();

    [Fact]
    public void ComputeDue_WithoutPauses_IsTheNthWorkingDayAfterTheStart()
    {
        var clock = Clock(5, new DateTimeOffset(2026, 3, 18, 10, 0, 0, Wib));

        Assert.Equal(new DateTimeOffset(2026, 3, 31, 16, 0, 0, Wib), clock.ComputeDue(Days));
        Assert.Equal(new DateTimeOffset(2026, 3, 27, 16, 0, 0, Wib), clock.ComputeDue(Days, days: 3));
    }

    [Fact]
    public void ComputeDue_AfterAPause_AddsTheWorkingDaysLeftFromTheResumption()
    {
        // 33 days from Monday 3 August 2026; two used by Wednesday 5 August, when the file went back; resumed Monday 10 August.
        var clock = Clock(33, new DateTimeOffset(2026, 8, 3, 9, 0, 0, Wib));
        clock.Pauses.Add(new ClockPause { From = new DateTimeOffset(2026, 8, 5, 10, 0, 0, Wib), PausedBy = "pupr.reviewer" });

        Assert.True(clock.IsPaused);
        Assert.Null(clock.ComputeDue(Days));
        Assert.Equal(2, clock.WorkingDaysUsed(Days, new DateTimeOffset(2026, 8, 20, 9, 0, 0, Wib)));

        clock.Pauses[0].To = new DateTimeOffset(2026, 8, 10, 9, 0, 0, Wib);

        Assert.Equal(new DateTimeOffset(2026, 9, 24, 16, 0, 0, Wib), clock.ComputeDue(Days));
        Assert.Equal(2 + 3, clock.WorkingDaysUsed(Days, new DateTimeOffset(2026, 8, 13, 12, 0, 0, Wib)));
    }

    [Fact]
    public void ComputeDue_PausedAndResumedTheSameDay_LosesNoWorkingDay()
    {
        var start = new DateTimeOffset(2026, 8, 3, 9, 0, 0, Wib);
        var clock = Clock(5, start);
        clock.Pauses.Add(new ClockPause
        {
            From = new DateTimeOffset(2026, 8, 4, 10, 0, 0, Wib), PausedBy = "dpmptsp.reviewer",
            To = new DateTimeOffset(2026, 8, 4, 15, 0, 0, Wib), ResumedBy = "applicant",
        });

        Assert.Equal(Clock(5, start).ComputeDue(Days), clock.ComputeDue(Days));
    }

    [Fact]
    public void ComputeDue_ReachingAYearWithoutCalendar_Throws()
    {
        var clock = Clock(25, new DateTimeOffset(2026, 12, 1, 9, 0, 0, Wib));

        var error = Assert.Throws<CalendarYearMissingException>(() => clock.ComputeDue(Days));
        Assert.Equal(2027, error.Year);
    }

    private static WorkingClock Clock(int days, DateTimeOffset start) => new()
    {
        Kind = ClockKinds.Statutory, Days = days, Zone = "Asia/Jakarta", StartedAt = start, StartedBy = "dpmptsp.reviewer",
    };
}
