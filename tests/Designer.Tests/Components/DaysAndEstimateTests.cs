using Bunit;
using Mpp.Workflows.Designer.Components.Shared;
using Mpp.Workflows.Designer.Localization;

namespace Mpp.Workflows.Designer.Tests.Components;

/// <summary>
/// Staff pages count working days left in whole days (the API keeps the fraction: once the inbox said "25,4 hari kerja"),
/// and an estimated due date's badge reads "perkiraan (kalender ... belum diterbitkan)" to a screen reader (once it read
/// "perkiraan: Tanggal perkiraan: ...").
/// </summary>
public sealed class DaysAndEstimateTests : BunitContext
{
    public DaysAndEstimateTests() => CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("id-ID");

    [Theory]
    [InlineData(25.4, "25 hari kerja")]
    [InlineData(1.0, "1 hari kerja")]
    [InlineData(0.99, "kurang dari 1 hari kerja")]
    [InlineData(0.0, "kurang dari 1 hari kerja")]
    [InlineData(-0.3, "lewat kurang dari 1 hari kerja")]
    [InlineData(-2.7, "lewat 2 hari kerja")]
    public void WorkingDaysLeft_IsWholeDaysRoundedDown(double days, string expected) =>
        Assert.Equal(expected, Texts.WorkingDaysLeft(days));

    [Fact]
    public void WorkingDaysLeft_InEnglish_SaysDayForOne()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        Assert.Equal("1 working day", Texts.WorkingDaysLeft(1.6));
        Assert.Equal("less than 1 working day", Texts.WorkingDaysLeft(0.5));
        Assert.Equal("3 working days late", Texts.WorkingDaysLeft(-3.2));
    }

    [Fact]
    public void EstimateBadge_ReadsTheWordThenTheReason()
    {
        var due = Render<DueDate>(p => p.Add(x => x.At, new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.FromHours(7))).Add(x => x.IsEstimate, true));

        var badge = due.Find("[data-testid=due-estimate]");
        Assert.Equal("perkiraan (kalender hari libur tahun itu belum diterbitkan)", badge.TextContent);
        Assert.Equal("Tanggal perkiraan: kalender hari libur tahun itu belum diterbitkan.", badge.GetAttribute("title"));
    }
}
