using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Tests.Documents;

public sealed class IndonesianDateTests
{
    [Theory]
    [InlineData(2026, 11, 27, "27 November 2026")]
    [InlineData(2026, 1, 1, "1 Januari 2026")]
    [InlineData(2026, 8, 17, "17 Agustus 2026")]
    [InlineData(2026, 5, 31, "31 Mei 2026")]
    public void Format_UsesIndonesianMonthNames(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, IndonesianDate.Format(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(7, "27 November 2026 pukul 09.05 WIB")]
    [InlineData(8, "27 November 2026 pukul 09.05 WITA")]
    [InlineData(9, "27 November 2026 pukul 09.05 WIT")]
    [InlineData(0, "27 November 2026 pukul 09.05 UTC+00:00")]
    [InlineData(-5, "27 November 2026 pukul 09.05 UTC-05:00")]
    public void FormatDateTime_NamesIndonesianZones(int offsetHours, string expected)
    {
        Assert.Equal(expected, IndonesianDate.FormatDateTime(new DateTimeOffset(2026, 11, 27, 9, 5, 0, TimeSpan.FromHours(offsetHours))));
    }
}
