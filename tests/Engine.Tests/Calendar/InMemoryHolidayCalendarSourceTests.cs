using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Tests.Calendar;

public sealed class InMemoryHolidayCalendarSourceTests
{
    private static CalendarYear Year(int year, int holidays) =>
        new(
            year,
            [.. Enumerable.Range(1, holidays).Select(d => new Holiday(new DateOnly(year, 1, d), $"Libur {d}", HolidayKind.National))]);

    [Fact]
    public void SetYear_AddsOrReplacesOnlyThatYear()
    {
        var y2025 = Year(2025, 1);
        var source = new InMemoryHolidayCalendarSource([y2025, Year(2026, 1)]);
        var replacement = Year(2026, 3);

        source.SetYear(replacement);
        source.SetYear(Year(2027, 2));

        Assert.Same(replacement, source.GetYear(2026));
        Assert.Same(y2025, source.GetYear(2025));
        Assert.Equal([2025, 2026, 2027], source.Years);
        Assert.Null(source.GetYear(2028));
    }

    [Fact]
    public void Constructor_RejectsTwoCalendarsForOneYear()
    {
        var ex = Assert.Throws<ArgumentException>(() => new InMemoryHolidayCalendarSource([Year(2026, 1), Year(2026, 2)]));

        Assert.Contains("2026", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetYear_SeesWholeCalendars_WhileAnotherThreadReplacesThem()
    {
        var source = new InMemoryHolidayCalendarSource([Year(2026, 1)]);
        var seen = new System.Collections.Concurrent.ConcurrentBag<int>();

        Parallel.For(0, 2000, i =>
        {
            if (i % 2 == 0)
            {
                source.SetYear(Year(2026, 1 + (i % 5)));
            }
            else
            {
                seen.Add(source.GetYear(2026)!.Holidays.Count);
            }
        });

        Assert.All(seen, count => Assert.InRange(count, 1, 5));
    }
}
