using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Tests.Calendar;

public sealed class CalendarJsonTests
{
    private static string Calendar(string holidays) => $$"""{"year": 2026, "holidays": [{{holidays}}]}""";

    [Fact]
    public void Read_AcceptsKeysAndKindsInAnyCase()
    {
        var year = CalendarJson.Read("""
            {"YEAR": 2026, "TimeZone": "Asia/Jakarta", "Source": "SKB",
             "Holidays": [{"DATE": "2026-02-16", "Name": "Cuti Bersama Imlek", "KIND": "cutibersama"}]}
            """);

        Assert.Equal(2026, year.Year);
        Assert.Equal("Asia/Jakarta", year.TimeZone);
        Assert.Equal("SKB", year.Source);
        Assert.Equal(new Holiday(new DateOnly(2026, 2, 16), "Cuti Bersama Imlek", HolidayKind.CutiBersama), Assert.Single(year.Holidays));
    }

    [Fact]
    public void Read_SortsHolidaysByDate()
    {
        var year = CalendarJson.Read(Calendar("""
            {"date": "2026-12-25", "name": "Natal", "kind": "National"},
            {"date": "2026-01-01", "name": "Tahun Baru", "kind": "National"}
            """));

        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 25)], year.Holidays.Select(h => h.Date));
    }

    [Fact]
    public void Write_ThenRead_RoundTripsTheRepositoryFiles()
    {
        foreach (var path in Directory.EnumerateFiles(RepositoryCalendars.CalendarsDirectory, "*.json"))
        {
            var original = CalendarJson.Read(File.ReadAllText(path));

            var copy = CalendarJson.Read(CalendarJson.Write(original));

            Assert.Equal(original.Year, copy.Year);
            Assert.Equal(original.Source, copy.Source);
            Assert.Equal(original.TimeZone, copy.TimeZone);
            Assert.Equal(original.Holidays, copy.Holidays);
        }
    }

    [Fact]
    public void Write_UsesTheFileFormat()
    {
        var json = CalendarJson.Write(new CalendarYear(2026, [new Holiday(new DateOnly(2026, 2, 16), "Cuti", HolidayKind.CutiBersama)]));

        Assert.Contains("\"year\": 2026", json, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2026-02-16\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"CutiBersama\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("source", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"date": "2026-02-30", "name": "X", "kind": "National"}""",
        "holidays[0].date '2026-02-30' is not a valid date")]
    [InlineData("""{"date": "16/02/2026", "name": "X", "kind": "National"}""", "holidays[0].date '16/02/2026' is not a valid date")]
    [InlineData("""{"name": "X", "kind": "National"}""", "holidays[0].date '' is not a valid date")]
    [InlineData("""{"date": "2027-01-01", "name": "X", "kind": "National"}""",
        "holidays[0].date 2027-01-01 lies outside the year 2026")]
    [InlineData("""{"date": "2026-03-19", "name": "X", "kind": "Regional"}""",
        "holidays[0] (2026-03-19) has the unknown kind 'Regional'")]
    [InlineData("""{"date": "2026-03-19", "name": "X", "kind": "1"}""", "unknown kind '1'")]
    [InlineData("""{"date": "2026-03-19", "name": " ", "kind": "National"}""", "holidays[0] (2026-03-19) has no name")]
    [InlineData(
        """{"date": "2026-03-19", "name": "Nyepi", "kind": "National"}, {"date": "2026-03-19", "name": "Lagi", "kind": "CutiBersama"}""",
        "2026-03-19 is listed twice ('Nyepi' and 'Lagi')")]
    public void Read_RejectsABadHolidayWithAMessageNamingIt(string holidays, string expected)
    {
        var ex = Assert.Throws<CalendarValidationException>(() => CalendarJson.Read(Calendar(holidays)));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Calendar 2026", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"holidays": []}""", "no \"year\"")]
    [InlineData("""{"year": 2026}""", "no \"holidays\" array")]
    [InlineData("""{"year": "twenty", "holidays": []}""", "malformed")]
    [InlineData("""{"year": 2026, "holidays": [""", "malformed")]
    [InlineData("null", "empty")]
    public void Read_RejectsABadDocument(string json, string expected)
    {
        var ex = Assert.Throws<CalendarValidationException>(() => CalendarJson.Read(json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarYear_RejectsADateOutsideItsYear_WhenBuiltInCode()
    {
        var ex = Assert.Throws<CalendarValidationException>(
            () => new CalendarYear(2026, [new Holiday(new DateOnly(2025, 12, 31), "Malam", HolidayKind.National)]));

        Assert.Contains("2025-12-31", ex.Message, StringComparison.Ordinal);
    }
}
