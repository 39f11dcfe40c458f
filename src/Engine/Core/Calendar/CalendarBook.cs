using System.Collections.Concurrent;

namespace Mpp.Workflows.Engine.Calendar;

/// <summary>
/// The working-day calendars the engine counts with: the store's <c>calendars</c> table held in memory. A year replaced on
/// this node applies at once; other hosts pick it up on their next <see cref="RefreshAsync"/> (every few seconds: <c>SharedSettingsRefresher</c>).
/// A year with no decree loaded is counted with its <see cref="ProvisionalCalendar"/>, and what is counted through it is an estimate
/// (<see cref="DependsOnProvisional"/>).
/// </summary>
public sealed class CalendarBook
{
    private readonly InMemoryHolidayCalendarSource _years = new();
    private readonly ConcurrentDictionary<int, CalendarYear?> _provisional = new();
    private readonly RefreshGuard _guard = new();

    public CalendarBook(IOptions<EngineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hours = new OfficeHours(ParseTime(options.Value.OfficeOpens), ParseTime(options.Value.OfficeCloses));
        Days = new WorkingDayCalendar(new OfficialOrProvisional(this), hours);
    }

    /// <summary>Counts with the official years and, where none is loaded, the provisional ones.</summary>
    public WorkingDayCalendar Days { get; }

    /// <summary>The official years loaded, ascending.</summary>
    public IReadOnlyList<int> Years => _years.Years;

    /// <summary>The official calendar of <paramref name="year"/>, or null when its decree is not loaded.</summary>
    public CalendarYear? GetYear(int year) => _years.GetYear(year);

    /// <summary>The official calendar of <paramref name="year"/>, else its provisional one (null beyond what .NET's lunar calendars cover).</summary>
    public CalendarYear? GetYearOrProvisional(int year) =>
        _years.GetYear(year) ?? _provisional.GetOrAdd(year, ProvisionalCalendar.Build);

    public bool IsOfficial(int year) => _years.GetYear(year) is not null;

    /// <summary>
    /// Whether counting from <paramref name="from"/> to <paramref name="to"/> (local days in <paramref name="zone"/>) passes
    /// through a year without its decree: a due date so computed is an estimate ("perkiraan").
    /// </summary>
    public bool DependsOnProvisional(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone) => ProvisionalYears(from, to, zone).Count > 0;

    /// <summary>The years from <paramref name="from"/>'s to <paramref name="to"/>'s (local, either order) without a decree.</summary>
    public IReadOnlyList<int> ProvisionalYears(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return ProvisionalYears(TimeZoneInfo.ConvertTime(from, zone).Year, TimeZoneInfo.ConvertTime(to, zone).Year);
    }

    /// <summary>The years from <paramref name="first"/> to <paramref name="last"/> (either order) without a decree, ascending.</summary>
    public IReadOnlyList<int> ProvisionalYears(int first, int last) =>
        [.. Enumerable.Range(Math.Min(first, last), Math.Abs(last - first) + 1).Where(y => !IsOfficial(y))];

    /// <summary>Holds <paramref name="calendar"/> at once (called after the store has committed it).</summary>
    public void Set(CalendarYear calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        _guard.Change(() => _years.SetYear(calendar));
    }

    /// <summary>
    /// Loads every year from the store, replacing what is held — unless a year was <see cref="Set"/> here while the store was
    /// being read: what was read may then predate that change (a refresh that read the old year before an admin's
    /// replacement committed must not put it back), so it is dropped and the next refresh loads again.
    /// </summary>
    public Task<bool> RefreshAsync(IWorkflowStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return RefreshAsync(store.ListCalendarsAsync, cancellationToken);
    }

    /// <returns>Whether what was read is now held (false: a local change overtook the read).</returns>
    internal async Task<bool> RefreshAsync(Func<CancellationToken, Task<IReadOnlyList<CalendarRecord>>> read, CancellationToken cancellationToken)
    {
        var stamp = _guard.Stamp();
        var years = (await read(cancellationToken).ConfigureAwait(false)).Select(r => CalendarJson.Read(r.Json)).ToList();
        return _guard.TryApply(stamp, () => years.ForEach(_years.SetYear));
    }

    private static TimeOnly ParseTime(string text) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);

    private sealed class OfficialOrProvisional(CalendarBook book) : IHolidayCalendarSource
    {
        public CalendarYear? GetYear(int year) => book.GetYearOrProvisional(year);
    }
}
