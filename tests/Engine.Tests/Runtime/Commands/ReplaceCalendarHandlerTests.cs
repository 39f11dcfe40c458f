using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Tests.Runtime.Commands;

public sealed class ReplaceCalendarHandlerTests : HandlerTestBase
{
    [Fact]
    public async Task ReplaceCalendar_WithANewHolidayBeforeTheDueDate_MovesTheTaskDueDateAndItsTimer_AndAuditsIt()
    {
        var submitted = await SubmitAsync();
        var before = (await OpenTaskAsync(submitted.Id)).DueAt!.Value;
        var current = Engine.Calendars.GetYear(2026)!;
        var changed = new CalendarYear(2026, [.. current.Holidays, new Holiday(new DateOnly(2026, 6, 10), "Libur uji", HolidayKind.National)]);

        var change = await Engine.ReplaceCalendar.HandleAsync(changed, Admin, CancellationToken.None);

        Assert.Equal((1, 1), (change.ApplicationsAffected, change.DueDatesRecomputed));
        var after = (await OpenTaskAsync(submitted.Id)).DueAt!.Value;
        Assert.True(after > before);
        Assert.Equal(after, (await PendingTimerAsync(TimerKinds.TaskDeadline)).DueAt);
        Assert.Contains(AuditEvents.DueRecomputed, await EventsAsync(submitted.Id));
        Assert.NotNull(await Store.GetCalendarAsync(2026, CancellationToken.None));
    }

    [Fact]
    public async Task ReplaceCalendar_ByStaff_IsForbidden()
    {
        var error = await Assert.ThrowsAsync<CommandException>(() =>
            Engine.ReplaceCalendar.HandleAsync(new CalendarYear(2026, []), Reviewer, CancellationToken.None));

        Assert.Equal(CommandErrorKind.Forbidden, error.Kind);
    }
}
