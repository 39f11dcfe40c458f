using Bunit;
using Mpp.Workflows.Designer.Components.Performance;
using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Designer.Tests.Components;

/// <summary>
/// The board's period picker names months, quarters and years as one query value and ends the current period today; a
/// row's card links its counts to their files only on the staff board, and says when nothing was measured.
/// </summary>
public sealed class BoardComponentsTests : BunitContext
{
    private static readonly DateOnly Today = new(2026, 5, 14);

    private static readonly PerformanceRow Row = new("sip-dokter", "SIP", 6, 5, 2, 2, 4, 50.0, 3, 4, 1, 4, 1, 1, 1);

    public BoardComponentsTests() => CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("id-ID");

    [Theory]
    [InlineData("2026-03", "2026-03-01", "2026-03-31")]
    [InlineData("2026-Q1", "2026-01-01", "2026-03-31")]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    [InlineData("2026-05", "2026-05-01", "2026-05-14")]
    [InlineData("2026-Q2", "2026-04-01", "2026-05-14")]
    [InlineData(null, "2026-05-01", "2026-05-14")]
    [InlineData("2026-13", "2026-05-01", "2026-05-14")]
    [InlineData("2026-Q5", "2026-05-01", "2026-05-14")]
    [InlineData("1999", "2026-05-01", "2026-05-14")]
    public void Period_IsTheNamedMonthQuarterOrYear_EndingToday_ElseThisMonth(string? value, string from, string to)
    {
        var period = BoardPeriods.Parse(value, Today);

        Assert.Equal(DateOnly.Parse(from, CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, CultureInfo.InvariantCulture), period.To);
    }

    [Fact]
    public void Picker_OffersTwelveMonthsEightQuartersAndFiveYears_NewestFirst()
    {
        Assert.Equal(["2026-05", "2026-04"], BoardPeriods.Months(Today).Take(2).Select(c => c.Value));
        Assert.Equal(12, BoardPeriods.Months(Today).Count);
        Assert.Equal(["2026-Q2", "2026-Q1", "2025-Q4"], BoardPeriods.Quarters(Today).Take(3).Select(c => c.Value));
        Assert.Equal("Triwulan 2 2026", BoardPeriods.Quarters(Today)[0].Label);
        Assert.Equal(["2026", "2025", "2024", "2023", "2022"], BoardPeriods.Years(Today).Select(c => c.Value));
    }

    [Fact]
    public void PublicCard_ShowsFiguresAsText()
    {
        var card = Render<BoardRowCard>(p => p.Add(x => x.Row, Row).Add(x => x.Title, "SIP"));

        Assert.Empty(card.FindAll("a"));
        Assert.Equal("50% (2 dari 4)", card.Find("[data-testid=figure-on-time]").TextContent.Trim());
        Assert.Equal("2", card.Find("[data-testid=figure-late]").TextContent.Trim());
    }

    [Fact]
    public void StaffCard_LinksEachCountToItsFiles_ButNotTheDurations()
    {
        var card = Render<BoardRowCard>(p => p.Add(x => x.Row, Row).Add(x => x.Title, "SIP").Add(x => x.FigureLink, f => $"/files/{f}"));

        Assert.Equal("/files/Late", card.Find("[data-testid=figure-late] a").GetAttribute("href"));
        Assert.Equal("/files/OverdueNow", card.Find("[data-testid=figure-overdue] a").GetAttribute("href"));
        Assert.Empty(card.FindAll("[data-testid=figure-median] a"));
        Assert.Empty(card.FindAll("[data-testid=figure-applicant-days] a"));
    }

    [Fact]
    public void Card_WithNothingMeasured_SaysSo()
    {
        var card = Render<BoardRowCard>(p => p.Add(x => x.Row, Row with { OnTime = 0, Measured = 0, OnTimePercent = null, MedianDays = null }).Add(x => x.Title, "SIP"));

        Assert.Equal("belum ada yang diukur", card.Find("[data-testid=figure-on-time]").TextContent.Trim());
        Assert.Equal("—", card.Find("[data-testid=figure-median]").TextContent.Trim());
    }
}
