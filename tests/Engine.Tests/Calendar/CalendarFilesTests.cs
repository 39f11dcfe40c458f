using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Tests.Calendar;

public sealed class CalendarFilesTests
{
    private readonly InMemoryHolidayCalendarSource source = RepositoryCalendars.Source();

    [Fact]
    public void Calendar2026_MatchesTheSkb()
    {
        string[] national =
        [
            "01-01", "01-16", "02-17", "03-19", "03-21", "03-22", "04-03", "04-05", "05-01",
            "05-14", "05-27", "05-31", "06-01", "06-16", "08-17", "08-25", "12-25",
        ];
        string[] cutiBersama = ["02-16", "03-18", "03-20", "03-23", "03-24", "05-15", "05-28", "12-24"];

        var year = source.GetYear(2026)!;

        Assert.Equal(national, MonthDays(year, HolidayKind.National));
        Assert.Equal(cutiBersama, MonthDays(year, HolidayKind.CutiBersama));
    }

    [Fact]
    public void Calendar2025_HasSeventeenHolidaysAndTheAugustAmendment()
    {
        var year = source.GetYear(2025)!;

        Assert.Equal(17, MonthDays(year, HolidayKind.National).Length);
        Assert.Equal(11, MonthDays(year, HolidayKind.CutiBersama).Length);
        Assert.Equal(HolidayKind.CutiBersama, year.Find(new DateOnly(2025, 8, 18))?.Kind);
        Assert.Equal(HolidayKind.CutiBersama, year.Find(new DateOnly(2025, 12, 26))?.Kind);
    }

    [Fact]
    public void RepositoryCalendars_Cover2025And2026_AndGuessNoOtherYear()
    {
        Assert.Equal([2025, 2026], source.Years);
        Assert.Null(source.GetYear(2027));
    }

    [Fact]
    public void RepositoryCalendars_NameTheirSourceAndAResolvableZone()
    {
        foreach (var year in source.Years.Select(y => source.GetYear(y)!))
        {
            Assert.False(string.IsNullOrWhiteSpace(year.Source));
            Assert.Equal("Asia/Jakarta", TimeZones.Resolve(year.TimeZone!).Id);
        }
    }

    private static string[] MonthDays(CalendarYear year, HolidayKind kind) =>
        [.. year.Holidays.Where(h => h.Kind == kind).Select(h => h.Date.ToString("MM-dd", CultureInfo.InvariantCulture))];
}
