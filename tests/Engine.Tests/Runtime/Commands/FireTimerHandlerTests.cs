namespace Mpp.Workflows.Engine.Tests.Runtime.Commands;

public sealed class FireTimerHandlerTests : HandlerTestBase
{
    [Fact]
    public async Task Fire_BeforeTheDueInstant_DoesNothing_AndAtItTheTaskIsOverdue_Once()
    {
        var submitted = await SubmitAsync();
        var deadline = await PendingTimerAsync(TimerKinds.TaskDeadline);

        var early = await Engine.Timers.FireTimerAsync(deadline.Id, CancellationToken.None);
        Clock.Now = deadline.DueAt.AddMinutes(1);
        var due = await Engine.Timers.FireTimerAsync(deadline.Id, CancellationToken.None);
        var again = await Engine.Timers.FireTimerAsync(deadline.Id, CancellationToken.None);

        Assert.Equal((false, true, false), (early, due, again));
        Assert.Equal(1, (await EventsAsync(submitted.Id)).Count(e => e == AuditEvents.TaskOverdue));
        Assert.NotNull((await Store.GetTimerAsync(deadline.Id, CancellationToken.None))!.FiredAt);
    }

    [Fact]
    public async Task Fire_TheDelayTimer_ContinuesTheRouteToItsEnd()
    {
        var submitted = await SubmitAsync();
        await DecideAsync((await OpenTaskAsync(submitted.Id)).Id, "Approve");
        var delay = await PendingTimerAsync(TimerKinds.Delay);
        Clock.Now = delay.DueAt;

        Assert.True(await Engine.Timers.FireTimerAsync(delay.Id, CancellationToken.None));

        var view = (await Engine.Queries.GetApplicationAsync(submitted.Id, CancellationToken.None))!;
        Assert.Equal((ApplicationStatuses.Completed, ApplicationResults.Approved), (view.Status, view.Result));
        Assert.Contains(AuditEvents.TimerFired, await EventsAsync(submitted.Id));
        Assert.DoesNotContain(await Store.ListDueTimersAsync(new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero), 100, CancellationToken.None),
            t => t.Kind == TimerKinds.Statutory);
    }

    [Fact]
    public async Task Fire_TheRevisionExpiry_EndsTheApplicationThroughExpired()
    {
        var submitted = await SubmitAsync();
        await DecideAsync((await OpenTaskAsync(submitted.Id)).Id, "Return");
        var expiry = await PendingTimerAsync(TimerKinds.RevisionExpiry);
        Clock.Now = expiry.DueAt;

        Assert.True(await Engine.Timers.FireTimerAsync(expiry.Id, CancellationToken.None));

        var view = (await Engine.Queries.GetApplicationAsync(submitted.Id, CancellationToken.None))!;
        Assert.Equal(ApplicationResults.Withdrawn, view.Result);
        Assert.Contains(AuditEvents.RevisionExpired, await EventsAsync(submitted.Id));
    }

    [Fact]
    public async Task Fire_TheStatutoryDeadline_UnderNotify_AuditsIt_AndTheRouteContinues()
    {
        var submitted = await SubmitAsync();
        await DecideAsync((await OpenTaskAsync(submitted.Id)).Id, "Approve");
        var statutory = await PendingTimerAsync(TimerKinds.Statutory);
        Clock.Now = statutory.DueAt;

        Assert.True(await Engine.Timers.FireTimerAsync(statutory.Id, CancellationToken.None));

        var view = (await Engine.Queries.GetApplicationAsync(submitted.Id, CancellationToken.None))!;
        Assert.Equal(ApplicationStatuses.InProgress, view.Status);
        Assert.Contains(AuditEvents.StatutoryDeadlinePassed, await EventsAsync(submitted.Id));
    }
}
