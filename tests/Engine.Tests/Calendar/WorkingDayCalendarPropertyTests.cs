using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Tests.Calendar;

/// <summary>
/// Seeded random checks over the real 2025–2026 calendars. Starts stop at the end of September 2026 and N at 40,
/// so that no due date reaches 2027, for which no calendar exists.
/// </summary>
public sealed class WorkingDayCalendarPropertyTests
{
    private const int Cases = 1500;
    private const int MaxDays = 40;
    private static readonly DateTimeOffset FirstStart = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LastStart = new(2026, 9, 30, 0, 0, 0, TimeSpan.Zero);

    private static readonly TimeZoneInfo[] Zones =
        [TimeZones.Resolve("WIB"), TimeZones.Resolve("WITA"), TimeZones.Resolve("WIT")];

    private readonly WorkingDayCalendar calendar = RepositoryCalendars.Calendar();

    public static TheoryData<int> Seeds => [20250101, 1497, 80];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CountWorkingDays_InvertsAddWorkingDays(int seed)
    {
        foreach (var (start, days, zone) in RandomCases(seed))
        {
            var due = calendar.AddWorkingDays(start, days, zone);
            var startsOnWorkingDay = calendar.IsWorkingDay(LocalDay(start, zone));

            // N = 0 from a closed day is due at the end of the next working day, one working day later.
            var expected = days == 0 && !startsOnWorkingDay ? 1 : days;
            Assert.True(
                expected == calendar.CountWorkingDays(start, due, zone),
                $"start {start:O} ({zone.Id}), N={days}, due {due:O}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void AddWorkingDays_IsAlwaysDueAtClosingTimeOfAWorkingDay(int seed)
    {
        foreach (var (start, days, zone) in RandomCases(seed))
        {
            var due = calendar.AddWorkingDays(start, days, zone);
            var local = TimeZoneInfo.ConvertTime(due, zone);

            Assert.True(calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)), $"start {start:O}, N={days}, due {due:O}");
            Assert.Equal(OfficeHours.Default.End, TimeOnly.FromDateTime(local.DateTime));
            Assert.Equal(zone.GetUtcOffset(due), due.Offset);
            Assert.True(LocalDay(due, zone) >= LocalDay(start, zone));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void AddWorkingDays_IsMonotonicInN(int seed)
    {
        foreach (var (start, days, zone) in RandomCases(seed))
        {
            var due = calendar.AddWorkingDays(start, days, zone);
            var next = calendar.AddWorkingDays(start, days + 1, zone);

            // Only 0 → 1 from a closed day may stay on the same instant; every further day moves the deadline.
            if (days == 0)
            {
                Assert.True(next >= due, $"start {start:O}, N=0");
            }
            else
            {
                Assert.True(next > due, $"start {start:O}, N={days}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void WorkingDaysLeft_BetweenTwoDeadlines_IsTheirDifferenceInDays(int seed)
    {
        var random = new Random(seed);
        foreach (var (start, days, zone) in RandomCases(seed))
        {
            var extra = random.Next(0, 10);
            var earlier = calendar.AddWorkingDays(start, days + 1, zone);
            var later = calendar.AddWorkingDays(start, days + 1 + extra, zone);

            Assert.Equal(extra, calendar.WorkingDaysLeft(earlier, later, zone), 9);
            Assert.Equal(-extra, calendar.WorkingDaysLeft(later, earlier, zone), 9);
        }
    }

    private static IEnumerable<(DateTimeOffset Start, int Days, TimeZoneInfo Zone)> RandomCases(int seed)
    {
        var random = new Random(seed);
        var spanMinutes = (int)(LastStart - FirstStart).TotalMinutes;
        for (var i = 0; i < Cases; i++)
        {
            var start = FirstStart.AddMinutes(random.Next(spanMinutes));
            yield return (start, random.Next(0, MaxDays + 1), Zones[random.Next(Zones.Length)]);
        }
    }

    private static DateOnly LocalDay(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
