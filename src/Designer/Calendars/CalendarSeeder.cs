using Mpp.Workflows.Designer.Seeding;
using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Designer.Calendars;

/// <summary>
/// At start: every year of <c>workflows/calendars/*.json</c> the store does not have yet is stored (a year an admin edited
/// at run time is kept, not overwritten by the file); then the engine loads all stored years.
/// </summary>
internal sealed class CalendarSeeder(
    IWorkflowStore store, CalendarBook calendars, IConfiguration configuration, TimeProvider time, ILogger<CalendarSeeder> logger) : IHostedService
{
    public const string Directory = "calendars";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (WorkflowsDirectory.Locate(configuration) is { } workflows && System.IO.Directory.Exists(Path.Combine(workflows, Directory)))
        {
            var stored = (await store.ListCalendarsAsync(cancellationToken)).Select(c => c.Year).ToHashSet();
            foreach (var calendar in CalendarDirectoryLoader.Load(Path.Combine(workflows, Directory)).Where(c => !stored.Contains(c.Year)))
            {
                await store.UpsertCalendarAsync(new CalendarRecord(calendar.Year, CalendarJson.Write(calendar), time.GetUtcNow(), "seed"), cancellationToken);
                logger.LogInformation("Calendar {Year} seeded with {Count} holidays", calendar.Year, calendar.Holidays.Count);
            }
        }

        await calendars.RefreshAsync(store, cancellationToken);
        logger.LogInformation("Working-day calendars loaded for {Years}", string.Join(", ", calendars.Years));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
