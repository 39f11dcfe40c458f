using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Tests.Runtime.Commands;

/// <summary>
/// Idempotency keys in the handlers: a retried task decision gets the first response, the same key with another decision
/// is refused, keys belong to their caller and expire after <see cref="EngineOptions.IdempotencyKeyLifetime"/>; a stored
/// submission result holds no tracking token.
/// </summary>
public sealed class IdempotencyKeyTests : HandlerTestBase
{
    [Fact]
    public async Task Complete_RetriedWithTheSameKeyAndBody_GetsTheFirstResponse_NotAConflict()
    {
        var submitted = await SubmitAsync();
        var task = await OpenTaskAsync(submitted.Id);
        var command = new CompleteTaskCommand("Approve", "Berkas lengkap", null, "decide-1");

        var first = await Engine.CompleteTask.HandleAsync(task.Id, command, Reviewer, CancellationToken.None);
        Clock.Now = Clock.Now.AddMinutes(5);
        var retry = await Engine.CompleteTask.HandleAsync(task.Id, command, Reviewer, CancellationToken.None);

        Assert.Equal(EngineJson.Serialize(first), EngineJson.Serialize(retry));
        Assert.Single(await Store.GetHistoryAsync(submitted.Id, CancellationToken.None), h => h.Event == AuditEvents.TaskCompleted);
    }

    [Fact]
    public async Task Complete_RetriedConcurrently_DecidesOnce_AndEveryRetryGetsAnAnswer()
    {
        var submitted = await SubmitAsync();
        var task = await OpenTaskAsync(submitted.Id);
        var command = new CompleteTaskCommand("Approve", "ok", null, "double-click");

        var views = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => Engine.CompleteTask.HandleAsync(task.Id, command, Reviewer, CancellationToken.None))));

        Assert.All(views, v => Assert.Equal(submitted.Id, v.Id));
        Assert.Single(await Store.GetHistoryAsync(submitted.Id, CancellationToken.None), h => h.Event == AuditEvents.TaskCompleted);
    }

    [Fact]
    public async Task Complete_SameKeyWithAnotherDecision_IsUnprocessable_AndDecidesNothing()
    {
        var first = await SubmitAsync();
        var second = await SubmitAsync();
        var firstTask = await OpenTaskAsync(first.Id);
        var secondTask = await OpenTaskAsync(second.Id);
        await Engine.CompleteTask.HandleAsync(firstTask.Id, new CompleteTaskCommand("Approve", "ok", null, "reused"), Reviewer, CancellationToken.None);

        var otherTask = await Assert.ThrowsAsync<CommandException>(() => Engine.CompleteTask.HandleAsync(
            secondTask.Id, new CompleteTaskCommand("Approve", "ok", null, "reused"), Reviewer, CancellationToken.None));
        var otherOutcome = await Assert.ThrowsAsync<CommandException>(() => Engine.CompleteTask.HandleAsync(
            firstTask.Id, new CompleteTaskCommand("Reject", "ok", null, "reused"), Reviewer, CancellationToken.None));

        Assert.Equal(CommandErrorKind.Unprocessable, otherTask.Kind);
        Assert.Equal(CommandErrorKind.Unprocessable, otherOutcome.Kind);
        Assert.Equal(TaskStates.Open, (await Store.GetTaskAsync(secondTask.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Complete_SameKeyAndBodyFromAnotherCaller_IsNotTheFirstCallersResult()
    {
        var submitted = await SubmitAsync();
        var task = await OpenTaskAsync(submitted.Id);
        var command = new CompleteTaskCommand("Approve", "ok", null, "shared-key");
        await Engine.CompleteTask.HandleAsync(task.Id, command, Reviewer, CancellationToken.None);

        var error = await Assert.ThrowsAsync<CommandException>(() =>
            Engine.CompleteTask.HandleAsync(task.Id, command, OtherReviewer, CancellationToken.None));

        Assert.Equal(CommandErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task Complete_RetriedAfterTheKeyExpired_IsDecidedAgain_SoAConflict()
    {
        var submitted = await SubmitAsync();
        var task = await OpenTaskAsync(submitted.Id);
        var command = new CompleteTaskCommand("Approve", "ok", null, "late-retry");
        await Engine.CompleteTask.HandleAsync(task.Id, command, Reviewer, CancellationToken.None);

        Clock.Now = Clock.Now.AddHours(24);
        var error = await Assert.ThrowsAsync<CommandException>(() =>
            Engine.CompleteTask.HandleAsync(task.Id, command, Reviewer, CancellationToken.None));

        Assert.Equal(CommandErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task Submit_SameKeyAfterTheLifetime_FilesANewApplication_AndThePurgeDropsTheOldKey()
    {
        var first = await SubmitAsync("filed-yesterday");
        Clock.Now = Clock.Now.AddHours(23);
        Assert.Equal(first, await SubmitAsync("filed-yesterday"));

        Clock.Now = Clock.Now.AddHours(1);
        var second = await SubmitAsync("filed-yesterday");

        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(first.TrackingToken, second.TrackingToken);
        Clock.Now = Clock.Now.AddHours(24);
        await new IdempotencyKeyPurgeJob(Store, Clock).RunAsync(CancellationToken.None);
        await using var session = await Store.BeginAsync(CancellationToken.None);
        Assert.Null(await session.GetIdempotentResultAsync("submit:applicant:filed-yesterday", DateTimeOffset.MinValue, CancellationToken.None));
    }

    [Fact]
    public async Task Submit_StoredResult_HoldsNoTrackingToken_AndARetryStillGetsIt()
    {
        var first = await SubmitAsync("kiosk-7");

        string stored;
        await using (var session = await Store.BeginAsync(CancellationToken.None))
        {
            stored = (await session.GetIdempotentResultAsync("submit:applicant:kiosk-7", Clock.Now, CancellationToken.None))!;
        }

        Assert.Contains(first.RegistrationNumber, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(first.TrackingToken, stored, StringComparison.Ordinal);
        Assert.Equal(first.TrackingToken, (await SubmitAsync("kiosk-7")).TrackingToken);
        Assert.True(TrackingTokens.Matches(first.TrackingToken, (await Store.GetInstanceAsync(first.Id, CancellationToken.None))!.TrackingTokenHash));
    }
}
