using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Tests.Calendar;

public sealed class CalendarDirectoryLoaderTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("mpp-calendars-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private void Write(string fileName, string json) => File.WriteAllText(Path.Combine(directory, fileName), json);

    [Fact]
    public void Load_ReturnsEveryYearInOrder_AndIgnoresOtherFiles()
    {
        Write("2026.json", """{"year": 2026, "holidays": [{"date": "2026-01-01", "name": "Tahun Baru", "kind": "National"}]}""");
        Write("2025.json", """{"year": 2025, "holidays": []}""");
        Write("README.md", "not a calendar");

        var years = CalendarDirectoryLoader.Load(directory);

        Assert.Equal([2025, 2026], years.Select(y => y.Year));
        Assert.Single(years[1].Holidays);
    }

    [Fact]
    public void Load_RejectsAFileWhoseNameDisagreesWithItsYear()
    {
        Write("2027.json", """{"year": 2026, "holidays": []}""");

        var ex = Assert.Throws<CalendarValidationException>(() => CalendarDirectoryLoader.Load(directory));

        Assert.Contains("2027.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("contains year 2026", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RejectsAFileNotNamedAfterAYear()
    {
        Write("holidays.json", """{"year": 2026, "holidays": []}""");

        var ex = Assert.Throws<CalendarValidationException>(() => CalendarDirectoryLoader.Load(directory));

        Assert.Contains("holidays.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NamesTheFileOfAnInvalidEntry()
    {
        Write("2026.json", """{"year": 2026, "holidays": [{"date": "2026-13-01", "name": "X", "kind": "National"}]}""");

        var ex = Assert.Throws<CalendarValidationException>(() => CalendarDirectoryLoader.Load(directory));

        Assert.Contains("2026.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("holidays[0].date '2026-13-01'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ThrowsForAMissingDirectory()
    {
        Assert.Throws<DirectoryNotFoundException>(() => CalendarDirectoryLoader.Load(Path.Combine(directory, "absent")));
    }
}
