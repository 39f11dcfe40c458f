using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Tests.Calendar;

public sealed class TimeZonesTests
{
    [Theory]
    [InlineData("Asia/Jakarta", 7)]
    [InlineData("Asia/Makassar", 8)]
    [InlineData("Asia/Jayapura", 9)]
    [InlineData("WIB", 7)]
    [InlineData("wita", 8)]
    [InlineData(" WIT ", 9)]
    public void Resolve_FindsIndonesianZonesByIanaIdOrAbbreviation(string id, int hours)
    {
        var zone = TimeZones.Resolve(id);

        Assert.Equal(TimeSpan.FromHours(hours), zone.GetUtcOffset(new DateTimeOffset(2026, 3, 18, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Resolve_MapsAbbreviationsToTheirIanaZone()
    {
        Assert.Equal(TimeZones.Resolve(TimeZones.DefaultId).Id, TimeZones.Resolve("WIB").Id);
        Assert.Equal(TimeZones.Resolve("Asia/Jayapura").Id, TimeZones.Resolve("WIT").Id);
    }

    [Fact]
    public void Resolve_ThrowsNamingTheUnknownId()
    {
        var ex = Assert.Throws<TimeZoneNotFoundException>(() => TimeZones.Resolve("Mars/Olympus"));

        Assert.Contains("Mars/Olympus", ex.Message, StringComparison.Ordinal);
    }
}
