using Microsoft.Extensions.Options;
using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Tests.Calendar;

/// <summary>
/// The calendars held in memory are refreshed from the store by the timer sweep and the shared-settings refresher while an
/// admin may be replacing a year on this host. A refresh that read the store before the replacement committed must not put
/// the old year back once the replacement is held (CI once promised a date without the holiday just added).
/// </summary>
public sealed class CalendarBookTests
{
    private static readonly DateTimeOffset At = new(2026, 8, 3, 2, 0, 0, TimeSpan.Zero);

    private static CalendarYear Year(int holidays) =>
        new(2026, [.. Enumerable.Range(1, holidays).Select(d => new Holiday(new DateOnly(2026, 1, d), $"Libur {d}", HolidayKind.National))]);

    private static CalendarRecord Record(CalendarYear year) => new(year.Year, CalendarJson.Write(year), At, "admin");

    [Fact]
    public async Task Refresh_ThatReadTheStoreBeforeAReplacement_DoesNotPutTheOldYearBack()
    {
        var book = new CalendarBook(Options.Create(new EngineOptions()));
        book.Set(Year(1));
        var stale = Record(Year(1));
        var read = new TaskCompletionSource<IReadOnlyList<CalendarRecord>>(TaskCreationOptions.RunContinuationsAsynchronously);

        var refresh = book.RefreshAsync(_ => read.Task, CancellationToken.None);
        var replacement = Year(2);
        book.Set(replacement);
        read.SetResult([stale]);

        Assert.False(await refresh);
        Assert.Equal(2, book.GetYear(2026)!.Holidays.Count);
    }

    [Fact]
    public async Task Refresh_WithNoChangeMeanwhile_HoldsWhatTheStoreHas()
    {
        var book = new CalendarBook(Options.Create(new EngineOptions()));
        book.Set(Year(1));

        Assert.True(await book.RefreshAsync(_ => Task.FromResult<IReadOnlyList<CalendarRecord>>([Record(Year(3))]), CancellationToken.None));
        Assert.Equal(3, book.GetYear(2026)!.Holidays.Count);
    }
}
