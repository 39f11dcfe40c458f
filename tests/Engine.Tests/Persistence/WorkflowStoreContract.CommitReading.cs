namespace Mpp.Workflows.Engine.Tests.Persistence;

public abstract partial class WorkflowStoreContract
{
    // ---- a command's commit that reads the application it changed ----

    [Fact]
    public async Task CommitReadingApplication_AnswersWithWhatTheTransactionWrote_AndCommitsIt()
    {
        var instance = NewInstance(NewId("def"));
        var first = NewTask(instance, "DPMPTSP", "verifikator", T0);
        await SeedAsync(instance, first);
        var next = NewTask(instance, "DPMPTSP", "kepala", T0.AddMinutes(1));

        ApplicationSnapshot? answered;
        await using (var session = await Store.BeginAsync(None))
        {
            var (locked, task) = (await session.LockInstanceOfTaskAsync(first.Id, None))!;
            await session.UpdateTaskAsync(task with { Status = TaskStates.Completed, Outcome = "Approve", CompletedBy = "budi", CompletedAt = T0.AddHours(1) }, None);
            await session.InsertTaskAsync(next, None);
            await session.AppendAuditAsync(new AuditEvent(instance.Id, T0.AddHours(1), "budi", "first", AuditEvents.TaskCompleted, "Approve", null), None);
            await session.UpdateInstanceAsync(locked with { Revision = locked.Revision + 1 }, locked.Revision, None);
            answered = await session.CommitReadingApplicationAsync(instance.Id, TaskStates.Open, None);
        }

        Assert.NotNull(answered);
        Assert.Equal(1, answered.Instance.Revision);
        Assert.Equal([next.Id], answered.Tasks.Select(t => t.Id));
        Assert.Equal([AuditEvents.TaskCompleted], answered.History.Select(h => h.Event));

        var stored = (await Store.GetApplicationSnapshotAsync(instance.Id, TaskStates.Open, None))!;
        Assert.Equal(answered.Instance.Revision, stored.Instance.Revision);
        Assert.Equal(answered.Tasks.Select(t => t.Id), stored.Tasks.Select(t => t.Id));
        Assert.Equal(answered.History.Select(h => h.Sequence), stored.History.Select(h => h.Sequence));
    }

    [Fact]
    public async Task CommitReadingApplication_OfAStaleRevision_ThrowsAndCommitsNothing()
    {
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);

        await using (var session = await Store.BeginAsync(None))
        {
            await Assert.ThrowsAsync<ConcurrencyException>(async () =>
            {
                await session.AppendAuditAsync(new AuditEvent(instance.Id, T0, "budi", "first", AuditEvents.TaskCompleted, "Approve", null), None);
                await session.UpdateInstanceAsync(instance with { Revision = 8 }, expectedRevision: 7, None);
                await session.CommitReadingApplicationAsync(instance.Id, TaskStates.Open, None);
            });
        }

        var stored = (await Store.GetApplicationSnapshotAsync(instance.Id, TaskStates.Open, None))!;
        Assert.Equal((0, 0), (stored.Instance.Revision, stored.History.Count));
    }

    /// <summary>The race of <see cref="ConcurrentCompletions_ThroughLockInstanceOfTask_ExactlyOneSeesItOpen"/>, each committing as a decision does.</summary>
    [Fact]
    public async Task ConcurrentCompletions_CommittingWithTheirApplication_ExactlyOneSeesItOpen()
    {
        const int Trials = 50;
        var definitionId = NewId("def");
        for (var trial = 0; trial < Trials; trial++)
        {
            var instance = NewInstance(definitionId);
            var task = NewTask(instance, "DPMPTSP", "verifikator", T0);
            await SeedAsync(instance, task);
            using var start = new Barrier(2);

            var answers = await Task.WhenAll(
                Task.Run(() => CompleteReadingAsync(Store, task.Id, "budi", start)),
                Task.Run(() => CompleteReadingAsync(OtherStore, task.Id, "sari", start)));

            var winner = Assert.Single(answers, answer => answer is not null)!;
            Assert.Equal(1, winner.Instance.Revision);
            Assert.Empty(winner.Tasks);
            var stored = await Store.GetTaskAsync(task.Id, None);
            Assert.Equal(TaskStates.Completed, stored?.Status);
            Assert.Equal(answers[0] is not null ? "budi" : "sari", stored?.CompletedBy);
        }
    }

    private static async Task<ApplicationSnapshot?> CompleteReadingAsync(IWorkflowStore store, Guid taskId, string user, Barrier start)
    {
        start.SignalAndWait();
        await using var session = await store.BeginAsync(None);
        var (instance, task) = await session.LockInstanceOfTaskAsync(taskId, None) ?? throw new InvalidOperationException("Task missing.");
        if (task.Status != TaskStates.Open)
        {
            return null;
        }

        await session.UpdateTaskAsync(
            task with { Status = TaskStates.Completed, Outcome = "Approve", CompletedBy = user, CompletedAt = T0.AddHours(1) }, None);
        await session.UpdateInstanceAsync(instance with { Revision = instance.Revision + 1 }, instance.Revision, None);
        return await session.CommitReadingApplicationAsync(instance.Id, TaskStates.Open, None);
    }
}
