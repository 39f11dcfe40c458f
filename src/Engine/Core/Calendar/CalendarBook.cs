
namespace Mpp.Workflows.Engine.Calendar;

/// <summary>
/// The working-day calendars the engine counts with: the store's <c>calendars</c> table held in memory. A year replaced on
/// this node applies at once; other hosts pick it up on their next <see cref="RefreshAsync"/> (every few seconds: <c>SharedSettingsRefresher</c>).
/// </summary>
public sealed class CalendarBook
{
    private readonly InMemoryHolidayCalendarSource _years = new();

    public CalendarBook(IOptions<EngineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hours = new OfficeHours(ParseTime(options.Value.OfficeOpens), ParseTime(options.Value.OfficeCloses));
        Days = new WorkingDayCalendar(_years, hours);
    }

    public WorkingDayCalendar Days { get; }

    /// <summary>The years loaded, ascending.</summary>
    public IReadOnlyList<int> Years => _years.Years;

    public CalendarYear? GetYear(int year) => _years.GetYear(year);

    public void Set(CalendarYear calendar) => _years.SetYear(calendar);

    /// <summary>Loads every year from the store, replacing what is held.</summary>
    public async Task RefreshAsync(IWorkflowStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        foreach (var record in await store.ListCalendarsAsync(cancellationToken).ConfigureAwait(false))
        {
            _years.SetYear(CalendarJson.Read(record.Json));
        }
    }

    private static TimeOnly ParseTime(string text) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);
}
