using Microsoft.Extensions.Options;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Model;

namespace Mpp.Workflows.Engine.Tests.Calendar;

/// <summary>
/// The provisional calendar's estimates checked against the official decrees in <c>workflows/calendars</c> (SKB 3 Menteri for
/// 2025 and 2026), as if those years had not been published yet.
/// </summary>
public sealed class ProvisionalCalendarTests
{
    private readonly InMemoryHolidayCalendarSource official = RepositoryCalendars.Source();

    /// <summary>
    /// What the estimates give, holiday by holiday (official national holidays of the decree): days the estimate is off
    /// (estimate minus decree), or null when the holiday is not estimated.
    /// Exact in both years: New Year, Isra Mikraj, Imlek, Nyepi, Good Friday, Easter, 1 May, Ascension, Idul Adha, Pancasila,
    /// 17 August, Christmas. One day early (Umm al-Qura against the Ministry of Religious Affairs' sighting): Idul Fitri in both
    /// years, 1 Muharam and Maulid in 2025 (exact in 2026). Not estimated: Waisak.
    /// </summary>
    [Theory]
    [InlineData(2025, "Tahun Baru=0 Isra Mikraj=0 Imlek=0 Nyepi=0 Idul Fitri=-1 Idul Fitri=-1 Wafat=0 Paskah=0 Buruh=0 Waisak=null Kenaikan=0 "
        + "Pancasila=0 Idul Adha=0 Muharam=-1 Proklamasi=0 Maulid=-1 Kelahiran=0")]
    [InlineData(2026, "Tahun Baru=0 Isra Mikraj=0 Imlek=0 Nyepi=0 Idul Fitri=-1 Idul Fitri=-1 Wafat=0 Paskah=0 Buruh=0 Kenaikan=0 "
        + "Idul Adha=0 Waisak=null Pancasila=0 Muharam=0 Proklamasi=0 Maulid=0 Kelahiran=0")]
    public void Estimates_AgainstTheDecree_AreWithinOneDayExceptWaisak(int year, string expected)
    {
        var decree = official.GetYear(year)!;
        var estimate = ProvisionalCalendar.Build(year)!;

        // The n-th holiday of a kind in the decree is compared with the n-th estimate of that kind (Idul Fitri has two days).
        var offsets = decree.Holidays.Where(h => h.Kind == HolidayKind.National).Select(h =>
        {
            var family = Family(h.Name);
            var nth = decree.Holidays.Where(o => o.Kind == HolidayKind.National && Family(o.Name) == family).ToList().IndexOf(h);
            var estimated = estimate.Holidays.Where(e => e.Kind == HolidayKind.National && Family(e.Name) == family).ElementAtOrDefault(nth);
            return $"{family}={(estimated is null ? "null" : (estimated.Date.DayNumber - h.Date.DayNumber).ToString(CultureInfo.InvariantCulture))}";
        });

        Assert.Equal(expected, string.Join(' ', offsets));
        Assert.Contains(estimate.NotEstimated, n => n.StartsWith("Hari Raya Waisak", StringComparison.Ordinal));
    }

    [Fact]
    public void ProvisionalYear_IsMarked_AndEveryDayIsProvisional()
    {
        var estimate = ProvisionalCalendar.Build(2027)!;

        Assert.True(estimate.IsProvisional);
        Assert.All(estimate.Holidays, h => Assert.True(h.Provisional));
        Assert.Contains(estimate.Holidays, h => h.Date == new DateOnly(2027, 8, 17));

        // Idul Fitri 1448 (Umm al-Qura: 9–10 March 2027) with the leave assumed after it (Thursday 11, Friday 12 March); the
        // working day before is Nyepi's estimate (new moon of 8 March), so no leave is added there.
        Assert.Equal("Hari Suci Nyepi (Tahun Baru Saka 1949)", estimate.Find(new DateOnly(2027, 3, 8))?.Name);
        Assert.Equal(
            ["2027-03-09 National", "2027-03-10 National", "2027-03-11 CutiBersama", "2027-03-12 CutiBersama"],
            estimate.Holidays.Where(h => h.Name.Contains("Idul Fitri", StringComparison.Ordinal))
                .Select(h => $"{h.Date:yyyy-MM-dd} {h.Kind}"));
        Assert.All(CalendarYear2026Decree().Holidays, h => Assert.False(h.Provisional));
    }

    [Fact]
    public void Easter_FollowsTheComputus()
    {
        Assert.Equal(new DateOnly(2025, 4, 20), ProvisionalCalendar.Easter(2025));
        Assert.Equal(new DateOnly(2026, 4, 5), ProvisionalCalendar.Easter(2026));
        Assert.Equal(new DateOnly(2027, 3, 28), ProvisionalCalendar.Easter(2027));
        Assert.Equal(new DateOnly(2038, 4, 25), ProvisionalCalendar.Easter(2038));
    }

    [Fact]
    public void Book_CountsAYearWithoutDecree_Provisionally_UntilTheDecreeIsSet()
    {
        var book = new CalendarBook(Options.Create(new EngineOptions()));
        book.Set(CalendarYear2026Decree());
        var wib = RepositoryCalendars.Wib;
        var start = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));

        // 25 working days: 20 left in December 2026 (24 and 25 are off), then 5 in January 2027, where New Year and the
        // estimate of Isra Mikraj 1448 (Tuesday 5 January) are off.
        var due = book.Days.AddWorkingDays(start, 25, wib);

        Assert.Equal(new DateTimeOffset(2027, 1, 11, 16, 0, 0, TimeSpan.FromHours(7)), due);
        Assert.Null(book.GetYear(2027));
        Assert.True(book.GetYearOrProvisional(2027)!.IsProvisional);
        Assert.Equal([2027], book.ProvisionalYears(start, due, wib));
        Assert.False(book.DependsOnProvisional(start, start.AddDays(10), wib));

        book.Set(new CalendarYear(2027, [new Holiday(new DateOnly(2027, 1, 1), "Tahun Baru 2027 Masehi", HolidayKind.National)]));

        Assert.False(book.DependsOnProvisional(start, due, wib));
        Assert.False(book.GetYearOrProvisional(2027)!.IsProvisional);
        Assert.Equal(new DateTimeOffset(2027, 1, 8, 16, 0, 0, TimeSpan.FromHours(7)), book.Days.AddWorkingDays(start, 25, wib));
    }

    [Fact]
    public void YearsBeyondDotNetsLunarTables_HaveNoProvisionalCalendar()
    {
        Assert.Null(ProvisionalCalendar.Build(ProvisionalCalendar.LastYear + 1));
        Assert.NotNull(ProvisionalCalendar.Build(ProvisionalCalendar.LastYear));
    }

    private CalendarYear CalendarYear2026Decree() => official.GetYear(2026)!;

    /// <summary>The holiday a decree's name speaks of, whatever its year numbers.</summary>
    private static string Family(string name) => name switch
    {
        _ when name.StartsWith("Cuti Bersama", StringComparison.Ordinal) => "Cuti",
        _ when name.StartsWith("Tahun Baru Imlek", StringComparison.Ordinal) => "Imlek",
        _ when name.StartsWith("Tahun Baru", StringComparison.Ordinal) => "Tahun Baru",
        _ when name.Contains("Muharam", StringComparison.Ordinal) => "Muharam",
        _ when name.StartsWith("Isra Mikraj", StringComparison.Ordinal) => "Isra Mikraj",
        _ when name.StartsWith("Hari Suci Nyepi", StringComparison.Ordinal) => "Nyepi",
        _ when name.StartsWith("Idul Fitri", StringComparison.Ordinal) => "Idul Fitri",
        _ when name.StartsWith("Idul Adha", StringComparison.Ordinal) => "Idul Adha",
        _ when name.StartsWith("Wafat", StringComparison.Ordinal) => "Wafat",
        _ when name.Contains("Paskah", StringComparison.Ordinal) => "Paskah",
        _ when name.StartsWith("Kenaikan", StringComparison.Ordinal) => "Kenaikan",
        _ when name.StartsWith("Kelahiran", StringComparison.Ordinal) => "Kelahiran",
        _ when name.StartsWith("Hari Buruh", StringComparison.Ordinal) => "Buruh",
        _ when name.StartsWith("Hari Raya Waisak", StringComparison.Ordinal) => "Waisak",
        _ when name.StartsWith("Hari Lahir Pancasila", StringComparison.Ordinal) => "Pancasila",
        _ when name.StartsWith("Proklamasi", StringComparison.Ordinal) => "Proklamasi",
        _ when name.StartsWith("Maulid", StringComparison.Ordinal) => "Maulid",
        _ => name,
    };
}
