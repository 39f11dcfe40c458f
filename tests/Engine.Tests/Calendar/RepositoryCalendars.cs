using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Tests.Calendar;

/// <summary>The real calendar files of the repository, found by walking up from the test assembly.</summary>
internal static class RepositoryCalendars
{
    public static string CalendarsDirectory { get; } = Locate();

    private static readonly Lazy<IReadOnlyList<CalendarYear>> Years = new(() => CalendarDirectoryLoader.Load(CalendarsDirectory));

    public static TimeZoneInfo Wib { get; } = TimeZones.Resolve("Asia/Jakarta");

    public static InMemoryHolidayCalendarSource Source() => new(Years.Value);

    public static WorkingDayCalendar Calendar() => new(Source(), OfficeHours.Default);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "workflows", "calendars");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No workflows/calendars above {AppContext.BaseDirectory}.");
    }
}
