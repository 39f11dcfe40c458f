namespace Mpp.Workflows.Engine.Tests.Runtime.Commands;

public sealed class TaskAssignmentHandlerTests : HandlerTestBase
{
    [Fact]
    public async Task Claim_TakesTheTask_AColleagueCannotClaimOrDecideIt_AndReleaseGivesItBack()
    {
        var task = await OpenTaskAsync((await SubmitAsync()).Id);

        var claimed = await Engine.Assignment.ClaimAsync(task.Id, Reviewer, CancellationToken.None);
        var otherClaim = await Assert.ThrowsAsync<CommandException>(() => Engine.Assignment.ClaimAsync(task.Id, OtherReviewer, CancellationToken.None));
        var otherDecide = await Assert.ThrowsAsync<CommandException>(() => DecideAsync(task.Id, "Approve", OtherReviewer));
        var otherRelease = await Assert.ThrowsAsync<CommandException>(() => Engine.Assignment.ReleaseAsync(task.Id, OtherReviewer, CancellationToken.None));
        var released = await Engine.Assignment.ReleaseAsync(task.Id, Reviewer, CancellationToken.None);

        Assert.Equal(Reviewer.Name, claimed.Assignee);
        Assert.Equal(CommandErrorKind.Conflict, otherClaim.Kind);
        Assert.Equal(CommandErrorKind.Conflict, otherDecide.Kind);
        Assert.Equal(CommandErrorKind.Forbidden, otherRelease.Kind);
        Assert.Null(released.Assignee);
        var events = await EventsAsync(task.InstanceId);
        Assert.Equal(1, events.Count(e => e == AuditEvents.TaskClaimed));
        Assert.Equal(1, events.Count(e => e == AuditEvents.TaskReleased));
    }

    [Fact]
    public async Task Release_OfAnUnclaimedTask_ChangesNothing()
    {
        var task = await OpenTaskAsync((await SubmitAsync()).Id);

        var view = await Engine.Assignment.ReleaseAsync(task.Id, Reviewer, CancellationToken.None);

        Assert.Null(view.Assignee);
        Assert.DoesNotContain(AuditEvents.TaskReleased, await EventsAsync(task.InstanceId));
    }
}
