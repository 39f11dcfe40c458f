using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Engine.Tests.Runtime.Commands;

public sealed class CompleteTaskHandlerTests : HandlerTestBase
{
    [Fact]
    public async Task Complete_ContinuesThroughTheOutcome_StartsTheStatutoryClock_AndWithdrawsTheTaskTimers()
    {
        var submitted = await SubmitAsync();
        var task = await OpenTaskAsync(submitted.Id);

        var view = await DecideAsync(task.Id, "approve");

        Assert.Equal(ApplicationStatuses.InProgress, view.Status);
        Assert.Empty(view.OpenTasks);
        var statutory = (await PendingTimerAsync(TimerKinds.Statutory)).DueAt;
        Assert.True(statutory > Clock.Now);
        Assert.Equal(TimerKinds.Delay, (await PendingTimerAsync(TimerKinds.Delay)).Kind);
        Assert.Equal(TaskStates.Completed, (await Store.GetTaskAsync(task.Id, CancellationToken.None))!.Status);
        Assert.Contains(AuditEvents.ClockStarted, await EventsAsync(submitted.Id));
    }

    [Fact]
    public async Task Complete_WithAnOutcomeThatReturnsToTheApplicant_DoesNotStartTheStatutoryClock()
    {
        var submitted = await SubmitAsync();

        var view = await DecideAsync((await OpenTaskAsync(submitted.Id)).Id, "Return");

        Assert.Equal(ApplicationStatuses.AwaitingApplicant, view.Status);
        Assert.DoesNotContain(AuditEvents.ClockStarted + ":" + ClockKinds.Statutory,
            (await Store.GetHistoryAsync(submitted.Id, CancellationToken.None)).Select(h => h.Event + ":" + h.Outcome));
        Assert.Equal(TimerKinds.RevisionExpiry, (await PendingTimerAsync(TimerKinds.RevisionExpiry)).Kind);
    }

    [Fact]
    public async Task Complete_UnknownOutcome_IsInvalid_AndChangesNothing()
    {
        var submitted = await SubmitAsync();
        var task = await OpenTaskAsync(submitted.Id);

        var error = await Assert.ThrowsAsync<CommandException>(() => DecideAsync(task.Id, "Maybe"));

        Assert.Equal(CommandErrorKind.Invalid, error.Kind);
        Assert.Equal(TaskStates.Open, (await Store.GetTaskAsync(task.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Complete_ByAnotherOffice_IsForbidden_AndAClosedTask_IsAConflict()
    {
        var submitted = await SubmitAsync();
        var task = await OpenTaskAsync(submitted.Id);

        var forbidden = await Assert.ThrowsAsync<CommandException>(() => DecideAsync(task.Id, "Approve", new Actor("dlh", "DLH", [StaffRoles.Reviewer])));
        await DecideAsync(task.Id, "Reject");
        var conflict = await Assert.ThrowsAsync<CommandException>(() => DecideAsync(task.Id, "Approve"));

        Assert.Equal(CommandErrorKind.Forbidden, forbidden.Kind);
        Assert.Equal(CommandErrorKind.Conflict, conflict.Kind);
        Assert.Equal(ApplicationResults.Rejected, (await Engine.Queries.GetApplicationAsync(submitted.Id, CancellationToken.None))!.Result);
    }
}
