
namespace Mpp.Workflows.Engine.Tests.Persistence;

/// <summary>
/// What every <see cref="IWorkflowStore"/> must do, run against each implementation by a subclass. Tests share one database
/// per class, so each one writes rows under fresh ids and only looks at its own rows.
/// </summary>
public abstract partial class WorkflowStoreContract
{
    // A non-UTC offset and sub-second digits down to the microsecond, which both stores must keep.
    private static readonly DateTimeOffset T0 = new DateTimeOffset(2026, 3, 2, 8, 30, 15, TimeSpan.FromHours(7)).AddTicks(1_234_560);
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly StoreFixture _fixture;

    protected WorkflowStoreContract(StoreFixture fixture) => _fixture = fixture;

    protected IWorkflowStore Store => _fixture.Store;

    private IWorkflowStore OtherStore => _fixture.OtherStore;

    // ---- schema ----

    [Fact]
    public async Task InitializeAsync_CanRunAgainAndConcurrently_KeepingTheData()
    {
        var definitionId = NewId("def");
        await Store.SaveDraftAsync(definitionId, "Izin", """{"v":1}""", T0, None);

        await Store.InitializeAsync(None);
        await Task.WhenAll(_fixture.CreateStore().InitializeAsync(None), _fixture.CreateStore().InitializeAsync(None));

        Assert.True(await Store.PingAsync(None));
        Assert.NotNull(await Store.GetDefinitionAsync(definitionId, VersionSelector.Latest, None));
    }

    // ---- definitions ----

    [Fact]
    public async Task SaveDraftAsync_CreatesVersionOne_ThenOverwritesItWhileUnpublished()
    {
        var definitionId = NewId("def");

        var first = await Store.SaveDraftAsync(definitionId, "Izin Reklame", """{"step":1}""", T0, None);
        var second = await Store.SaveDraftAsync(definitionId, "Izin Reklame Baru", """{"step":2}""", T0.AddHours(1), None);

        Assert.Equal(1, first.Version);
        Assert.Equal(1, second.Version);
        Assert.Equal("Izin Reklame Baru", second.Name);
        AssertJsonEqual("""{"step":2}""", second.Json);
        Assert.False(second.IsPublished);
        Assert.True(second.IsLatest);
        Assert.Null(second.PublishedAt);
        Assert.Equal(T0, second.CreatedAt);
        var stored = await Store.GetDefinitionAsync(definitionId, VersionSelector.Latest, None);
        AssertSameDefinition(second, stored);
    }

    [Fact]
    public async Task SaveDraftAsync_AfterPublishing_AddsTheNextVersion()
    {
        var definitionId = NewId("def");
        await Store.SaveDraftAsync(definitionId, "Izin", """{"v":1}""", T0, None);
        await Store.PublishAsync(definitionId, 1, """{"v":1,"isPublished":true}""", T0.AddMinutes(1), None);

        var draft = await Store.SaveDraftAsync(definitionId, "Izin", """{"v":2}""", T0.AddMinutes(2), None);

        Assert.Equal(2, draft.Version);
        Assert.True(draft.IsLatest);
        Assert.False(draft.IsPublished);
        var v1 = await Store.GetDefinitionAsync(definitionId, VersionSelector.Exact(1), None);
        Assert.NotNull(v1);
        Assert.True(v1.IsPublished);
        Assert.False(v1.IsLatest);
        AssertJsonEqual("""{"v":1,"isPublished":true}""", v1.Json);
    }

    [Fact]
    public async Task PublishAsync_PublishesOnlyThatVersion_AndVersionSelectorsFollow()
    {
        var definitionId = NewId("def");
        await Store.SaveDraftAsync(definitionId, "Izin", """{"v":1}""", T0, None);
        await Store.PublishAsync(definitionId, 1, """{"v":1}""", T0.AddMinutes(1), None);
        await Store.SaveDraftAsync(definitionId, "Izin", """{"v":2}""", T0.AddMinutes(2), None);

        var published = await Store.PublishAsync(definitionId, 2, """{"v":2}""", T0.AddMinutes(3), None);

        Assert.NotNull(published);
        Assert.True(published.IsPublished);
        Assert.True(published.IsLatest);
        Assert.Equal(T0.AddMinutes(3), published.PublishedAt);
        Assert.Equal(2, (await Store.GetDefinitionAsync(definitionId, VersionSelector.Published, None))?.Version);
        Assert.Equal(2, (await Store.GetDefinitionAsync(definitionId, VersionSelector.Latest, None))?.Version);
        Assert.False((await Store.GetDefinitionAsync(definitionId, VersionSelector.Exact(1), None))?.IsPublished);
        Assert.Null(await Store.GetDefinitionAsync(definitionId, new VersionSelector(1, PublishedOnly: true), None));
        Assert.Equal(2, (await Store.GetDefinitionAsync(definitionId, new VersionSelector(2, PublishedOnly: true), None))?.Version);

        // Going back to version 1 keeps version 2, which may have running applications, out of the drafts.
        await Store.PublishAsync(definitionId, 1, """{"v":1}""", T0.AddMinutes(4), None);
        var next = await Store.SaveDraftAsync(definitionId, "Izin", """{"v":3}""", T0.AddMinutes(5), None);

        Assert.Equal(1, (await Store.GetDefinitionAsync(definitionId, VersionSelector.Published, None))?.Version);
        Assert.Equal(3, next.Version);
        AssertJsonEqual("""{"v":2}""", (await Store.GetDefinitionAsync(definitionId, VersionSelector.Exact(2), None))!.Json);
    }

    [Fact]
    public async Task PublishAsync_ReturnsNullForAnUnknownVersion_AndLeavesThePublishedOneAlone()
    {
        var definitionId = NewId("def");
        await Store.SaveDraftAsync(definitionId, "Izin", """{"v":1}""", T0, None);
        await Store.PublishAsync(definitionId, 1, """{"v":1}""", T0, None);

        Assert.Null(await Store.PublishAsync(definitionId, 7, """{"v":7}""", T0, None));
        Assert.Null(await Store.PublishAsync(NewId("missing"), 1, "{}", T0, None));

        Assert.Equal(1, (await Store.GetDefinitionAsync(definitionId, VersionSelector.Published, None))?.Version);
    }

    [Fact]
    public async Task GetDefinitionAsync_ReturnsNull_WhenTheDefinitionOrPublishedVersionIsMissing()
    {
        var definitionId = NewId("def");
        await Store.SaveDraftAsync(definitionId, "Izin", "{}", T0, None);

        Assert.Null(await Store.GetDefinitionAsync(definitionId, VersionSelector.Published, None));
        Assert.Null(await Store.GetDefinitionAsync(definitionId, VersionSelector.Exact(2), None));
        Assert.Null(await Store.GetDefinitionAsync(NewId("missing"), VersionSelector.Latest, None));
    }

    [Fact]
    public async Task ListDefinitionsAsync_GivesTheLatestNameAndVersion_AndThePublishedVersion()
    {
        var published = NewId("def");
        var draftOnly = NewId("def");
        await Store.SaveDraftAsync(published, "Lama", "{}", T0, None);
        await Store.PublishAsync(published, 1, "{}", T0, None);
        await Store.SaveDraftAsync(published, "Baru", "{}", T0, None);
        await Store.SaveDraftAsync(draftOnly, "Draf", "{}", T0, None);

        var list = await Store.ListDefinitionsAsync(None);

        Assert.Contains(new DefinitionSummary(published, "Baru", 2, 1), list);
        Assert.Contains(new DefinitionSummary(draftOnly, "Draf", 1, null), list);
        var ids = list.Select(d => d.DefinitionId).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    // ---- instances ----

    [Fact]
    public async Task InsertInstanceAsync_RoundTripsEveryColumnToTheMicrosecond()
    {
        var instance = NewInstance(NewId("def")) with { Result = ApplicationResults.Approved, Fault = "boom", Revision = 3 };
        await SeedAsync(instance);

        AssertSameInstance(instance, await Store.GetInstanceAsync(instance.Id, None));
        AssertSameInstance(instance, await Store.FindInstanceByRegistrationNumberAsync(instance.RegistrationNumber, None));
        Assert.Null(await Store.GetInstanceAsync(Guid.NewGuid(), None));
        Assert.Null(await Store.FindInstanceByRegistrationNumberAsync(NewId("REG"), None));
    }

    [Fact]
    public async Task InsertInstanceAsync_Throws_WhenTheRegistrationNumberIsTaken()
    {
        var first = NewInstance(NewId("def"));
        await SeedAsync(first);

        var duplicate = NewInstance(first.DefinitionId) with { RegistrationNumber = first.RegistrationNumber };

        await using (var session = await Store.BeginAsync(None))
        {
            // A store that buffers writes reports the violation at the commit at the latest.
            await Assert.ThrowsAsync<ConcurrencyException>(async () =>
            {
                await session.InsertInstanceAsync(duplicate, None);
                await session.CommitAsync(None);
            });
        }

        Assert.Null(await Store.GetInstanceAsync(duplicate.Id, None));
    }

    [Fact]
    public async Task UpdateInstanceAsync_WritesAtTheExpectedRevision_AndThrowsOnAStaleOne()
    {
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var updated = instance with
        {
            Status = ApplicationStatuses.Completed,
            Result = ApplicationResults.Rejected,
            DataJson = """{"luas":120}""",
            StateJson = """{"tokens":[]}""",
            Revision = 1,
            UpdatedAt = T0.AddDays(1),
        };

        await using (var session = await Store.BeginAsync(None))
        {
            await session.UpdateInstanceAsync(updated, expectedRevision: 0, None);
            await session.CommitAsync(None);
        }

        await using (var stale = await Store.BeginAsync(None))
        {
            await Assert.ThrowsAsync<ConcurrencyException>(async () =>
            {
                await stale.UpdateInstanceAsync(updated with { Revision = 2, Fault = "lost" }, expectedRevision: 0, None);
                await stale.AppendAuditAsync(new AuditEvent(instance.Id, T0, "system", null, "Lost"), None);
                await stale.CommitAsync(None);
            });
        }

        AssertSameInstance(updated, await Store.GetInstanceAsync(instance.Id, None));
        Assert.Empty(await Store.GetHistoryAsync(instance.Id, None));
    }

    [Fact]
    public async Task UpdateInstanceAsync_WithAStaleRevision_FailsTheCommandAtTheNextRead()
    {
        var instance = NewInstance(NewId("def"));
        var task = NewTask(instance, "DPMPTSP", "r", T0);
        await SeedAsync(instance, task);

        await using (var session = await Store.BeginAsync(None))
        {
            await Assert.ThrowsAsync<ConcurrencyException>(async () =>
            {
                await session.UpdateInstanceAsync(instance with { Revision = 8 }, expectedRevision: 7, None);
                await session.GetTaskAsync(task.Id, None);
            });
        }

        AssertSameInstance(instance, await Store.GetInstanceAsync(instance.Id, None));
    }

    [Fact]
    public async Task UpdateInstanceAsync_OfALockedInstance_ChecksTheRevisionAsReadUnderTheLock()
    {
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);

        await using (var session = await Store.BeginAsync(None))
        {
            var locked = await session.LockInstanceAsync(instance.Id, None);
            await Assert.ThrowsAsync<ConcurrencyException>(async () =>
            {
                await session.UpdateInstanceAsync(locked! with { Revision = 2 }, expectedRevision: 1, None);
                await session.CommitAsync(None);
            });
        }

        await using (var session = await Store.BeginAsync(None))
        {
            var locked = await session.LockInstanceAsync(instance.Id, None);
            await session.UpdateInstanceAsync(locked! with { Revision = 1 }, expectedRevision: 0, None);
            await session.UpdateInstanceAsync(locked with { Revision = 2, Fault = "second" }, expectedRevision: 1, None);
            await session.CommitAsync(None);
        }

        AssertSameInstance(instance with { Revision = 2, Fault = "second" }, await Store.GetInstanceAsync(instance.Id, None));
    }

    [Fact]
    public async Task ListInstancesAsync_FiltersPagesAndCountsNewestFirst()
    {
        var definitionId = NewId("def");
        var office = NewId("office");
        var instances = Enumerable.Range(0, 5)
            .Select(i => NewInstance(definitionId, createdAt: T0.AddMinutes(i)) with
            {
                Status = i == 4 ? ApplicationStatuses.Completed : ApplicationStatuses.InProgress,
                ApplicantJson = $$"""{"name":"Pemohon {{i}}","email":"p{{i}}@example.id"}""",
            })
            .ToList();
        foreach (var instance in instances)
        {
            await SeedAsync(instance);
        }

        // Office visibility counts tasks of any status.
        await SeedTasksAsync(NewTask(instances[1], office, "verifikator", T0) with { Status = TaskStates.Completed });
        await SeedTasksAsync(NewTask(instances[3], office, "verifikator", T0));
        await SeedTasksAsync(NewTask(instances[2], NewId("office"), "verifikator", T0));

        var firstPage = await Store.ListInstancesAsync(new InstanceQuery(DefinitionId: definitionId, Page: 1, PageSize: 2), None);
        var lastPage = await Store.ListInstancesAsync(new InstanceQuery(DefinitionId: definitionId, Page: 3, PageSize: 2), None);
        var inProgress = await Store.ListInstancesAsync(
            new InstanceQuery(Status: ApplicationStatuses.InProgress, DefinitionId: definitionId), None);
        var visible = await Store.ListInstancesAsync(new InstanceQuery(DefinitionId: definitionId, VisibleToOffice: office), None);

        Assert.Equal(5, firstPage.Total);
        Assert.Equal([instances[4].Id, instances[3].Id], firstPage.Items.Select(i => i.Id));
        Assert.Equal((1, 2), (firstPage.Page, firstPage.PageSize));
        Assert.Equal([instances[0].Id], lastPage.Items.Select(i => i.Id));
        Assert.Equal(4, inProgress.Total);
        Assert.Equal([instances[3].Id, instances[1].Id], visible.Items.Select(i => i.Id));
        Assert.Equal(2, visible.Total);
        Assert.Equal(
            new InstanceSummary(
                instances[4].Id, instances[4].RegistrationNumber, definitionId, 1, ApplicationStatuses.Completed, null, "Pemohon 4",
                T0.AddMinutes(4), T0.AddMinutes(4)),
            firstPage.Items[0]);
    }

    // ---- tasks ----

    [Fact]
    public async Task Tasks_InsertGetAndUpdate_RoundTripEveryColumn()
    {
        var instance = NewInstance(NewId("def"));
        var task = NewTask(instance, "DPMPTSP", "verifikator", T0, dueAt: T0.AddDays(3)) with { EscalatedToRole = "kepala" };
        await SeedAsync(instance, task);

        AssertSameTask(task, await Store.GetTaskAsync(task.Id, None));

        var completed = task with
        {
            Status = TaskStates.Completed,
            Assignee = "budi",
            Outcome = "Approve",
            Comment = "Lengkap",
            CompletedBy = "budi",
            CompletedAt = T0.AddHours(5),
            DueAt = null,
        };
        await using (var session = await Store.BeginAsync(None))
        {
            AssertSameTask(task, await session.GetTaskAsync(task.Id, None));
            await session.UpdateTaskAsync(completed, None);
            AssertSameTask(completed, Assert.Single(await session.GetTasksOfInstanceAsync(instance.Id, None)));
            await session.CommitAsync(None);
        }

        AssertSameTask(completed, await Store.GetTaskAsync(task.Id, None));
        Assert.Null(await Store.GetTaskAsync(Guid.NewGuid(), None));
    }

    [Fact]
    public async Task UpdateTaskAsync_FailsTheCommand_WhenTheTaskDoesNotExist()
    {
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var ghost = NewTask(instance, "DPMPTSP", "r", T0);

        await using var session = await Store.BeginAsync(None);
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await session.UpdateTaskAsync(ghost, None);
            await session.CommitAsync(None);
        });
    }

    [Fact]
    public async Task SessionReads_SeeTheSessionsOwnEarlierWrites()
    {
        var instance = NewInstance(NewId("def"));
        var task = NewTask(instance, "DPMPTSP", "r", T0);
        var timer = NewTimer(instance, Future(1)) with { TaskId = task.Id };

        await using var session = await Store.BeginAsync(None);
        await session.InsertInstanceAsync(instance, None);
        await session.InsertTaskAsync(task, None);
        await session.InsertTimerAsync(timer, None);
        AssertSameInstance(instance, await session.LockInstanceAsync(instance.Id, None));
        AssertSameTask(task, await session.GetTaskAsync(task.Id, None));

        await session.UpdateInstanceAsync(instance with { Status = ApplicationStatuses.Completed, Revision = 1 }, 0, None);
        await session.UpdateTaskAsync(task with { Status = TaskStates.Cancelled }, None);
        await session.CancelTimersAsync(instance.Id, task.Id, T0, None);

        var updated = await session.LockInstanceAsync(instance.Id, None);
        Assert.Equal((ApplicationStatuses.Completed, 1), (updated?.Status, updated?.Revision));
        Assert.Equal(TaskStates.Cancelled, Assert.Single(await session.GetTasksOfInstanceAsync(instance.Id, None)).Status);
        Assert.Equal(T0, (await session.GetTimerAsync(timer.Id, None))?.CancelledAt);
        Assert.False(await session.MarkTimerFiredAsync(timer.Id, T0, None));
    }

    [Fact]
    public async Task LockInstanceOfTaskAsync_ReturnsTheInstanceAndTheTask_OrNullForAnUnknownTask()
    {
        var instance = NewInstance(NewId("def"));
        var task = NewTask(instance, "DPMPTSP", "r", T0, dueAt: T0.AddDays(1));
        await SeedAsync(instance, task);

        await using var session = await Store.BeginAsync(None);
        var locked = await session.LockInstanceOfTaskAsync(task.Id, None);

        Assert.NotNull(locked);
        AssertSameInstance(instance, locked.Instance);
        AssertSameTask(task, locked.Task);
        Assert.Null(await session.LockInstanceOfTaskAsync(Guid.NewGuid(), None));
    }

    [Fact]
    public async Task ListTasksAsync_OrdersByDueDateWithUndatedTasksLast_ThenByCreationTime()
    {
        var instance = NewInstance(NewId("def"));
        var office = NewId("office");
        var undatedOld = NewTask(instance, office, "r", T0, dueAt: null);
        var undatedNew = NewTask(instance, office, "r", T0.AddMinutes(1), dueAt: null);
        var dueLate = NewTask(instance, office, "r", T0.AddMinutes(2), dueAt: T0.AddDays(10));
        var dueSoonNew = NewTask(instance, office, "r", T0.AddMinutes(4), dueAt: T0.AddDays(1));
        var dueSoonOld = NewTask(instance, office, "r", T0.AddMinutes(3), dueAt: T0.AddDays(1));
        var dueSoonest = NewTask(instance, office, "r", T0.AddMinutes(5), dueAt: T0.AddDays(1).AddTicks(-10));
        await SeedAsync(instance, undatedNew, dueLate, undatedOld, dueSoonNew, dueSoonest, dueSoonOld);

        var tasks = await Store.ListTasksAsync(new TaskQuery(Office: office), None);

        Assert.Equal(
            [dueSoonest.Id, dueSoonOld.Id, dueSoonNew.Id, dueLate.Id, undatedOld.Id, undatedNew.Id],
            tasks.Select(t => t.Id));
        Assert.Equal(2, (await Store.ListTasksAsync(new TaskQuery(Office: office, Limit: 2), None)).Count);
    }

    [Fact]
    public async Task ListTasksAsync_FiltersByOfficeStatusAssigneeAndInstance()
    {
        var office = NewId("office");
        var first = NewInstance(NewId("def"));
        var second = NewInstance(first.DefinitionId);
        var open = NewTask(first, office, "r", T0);
        var claimed = NewTask(first, office, "r", T0.AddMinutes(1)) with { Assignee = "sari" };
        var done = NewTask(second, office, "r", T0.AddMinutes(2)) with { Status = TaskStates.Completed };
        var elsewhere = NewTask(second, NewId("office"), "r", T0.AddMinutes(3));
        await SeedAsync(first, open, claimed);
        await SeedAsync(second, done, elsewhere);

        Assert.Equal([open.Id, claimed.Id, done.Id], Ids(await Store.ListTasksAsync(new TaskQuery(Office: office), None)));
        Assert.Equal(
            [open.Id, claimed.Id],
            Ids(await Store.ListTasksAsync(new TaskQuery(Office: office, Status: TaskStates.Open), None)));
        Assert.Equal([claimed.Id], Ids(await Store.ListTasksAsync(new TaskQuery(Office: office, Assignee: "sari"), None)));
        Assert.Equal(
            [done.Id, elsewhere.Id],
            Ids(await Store.ListTasksAsync(new TaskQuery(InstanceId: second.Id), None)));
    }

    [Fact]
    public async Task ListTasksAsync_WithRoles_KeepsTasksOfThoseRolesOrEscalatedToThem()
    {
        var office = NewId("office");
        var instance = NewInstance(NewId("def"));
        var verifier = NewTask(instance, office, "verifikator", T0);
        var surveyor = NewTask(instance, office, "surveyor", T0.AddMinutes(1));
        var escalated = NewTask(instance, office, "surveyor", T0.AddMinutes(2)) with { EscalatedToRole = "kepala" };
        await SeedAsync(instance, verifier, surveyor, escalated);

        Assert.Equal(
            [verifier.Id],
            Ids(await Store.ListTasksAsync(new TaskQuery(Office: office, Roles: ["verifikator"]), None)));
        Assert.Equal(
            [verifier.Id, escalated.Id],
            Ids(await Store.ListTasksAsync(new TaskQuery(Office: office, Roles: ["verifikator", "kepala"]), None)));
        Assert.Equal(
            [surveyor.Id, escalated.Id],
            Ids(await Store.ListTasksAsync(new TaskQuery(Office: office, Roles: ["surveyor"]), None)));
        Assert.Empty(await Store.ListTasksAsync(new TaskQuery(Office: office, Roles: []), None));
    }

    [Fact]
    public async Task IsOfficeInvolvedAsync_CountsTasksOfAnyStatus()
    {
        var instance = NewInstance(NewId("def"));
        await SeedAsync(
            instance,
            NewTask(instance, "DINKES", "r", T0) with { Status = TaskStates.Completed },
            NewTask(instance, "DLH", "r", T0) with { Status = TaskStates.Cancelled },
            NewTask(instance, "DPMPTSP", "r", T0));

        Assert.True(await Store.IsOfficeInvolvedAsync(instance.Id, "DINKES", None));
        Assert.True(await Store.IsOfficeInvolvedAsync(instance.Id, "DLH", None));
        Assert.True(await Store.IsOfficeInvolvedAsync(instance.Id, "DPMPTSP", None));
        Assert.False(await Store.IsOfficeInvolvedAsync(instance.Id, "PUPR", None));
        Assert.False(await Store.IsOfficeInvolvedAsync(Guid.NewGuid(), "DINKES", None));
    }

    [Fact]
    public async Task GetApplicationSnapshotAsync_ReadsTheInstanceItsTasksInThatStatusByDueDate_AndItsHistory()
    {
        var instance = NewInstance(NewId("def"));
        var other = NewInstance(instance.DefinitionId);
        var undated = NewTask(instance, "DPMPTSP", "r", T0);
        var dueLater = NewTask(instance, "DLH", "r", T0.AddMinutes(1), dueAt: T0.AddDays(5));
        var dueSooner = NewTask(instance, "DINKES", "r", T0.AddMinutes(2), dueAt: T0.AddDays(2));
        var done = NewTask(instance, "PUPR", "r", T0) with { Status = TaskStates.Completed };
        await SeedAsync(instance, undated, dueLater, dueSooner, done);
        await SeedAsync(other, NewTask(other, "DPMPTSP", "r", T0));
        var submitted = new AuditEvent(instance.Id, T0, "applicant", "start", "Submitted", null, null, """{"v":1}""");
        var completed = new AuditEvent(instance.Id, T0.AddHours(1), "budi", "verify", "TaskCompleted", "Approve", "ok");
        await using (var session = await Store.BeginAsync(None))
        {
            await session.AppendAuditAsync(submitted, None);
            await session.AppendAuditAsync(completed, None);
            await session.AppendAuditAsync(new AuditEvent(other.Id, T0, "applicant", "start", "Submitted"), None);
            await session.CommitAsync(None);
        }

        var snapshot = await Store.GetApplicationSnapshotAsync(instance.Id, TaskStates.Open, None);

        Assert.NotNull(snapshot);
        AssertSameInstance(instance, snapshot.Instance);
        Assert.Equal([dueSooner.Id, dueLater.Id, undated.Id], Ids(snapshot.Tasks));
        AssertSameTask(dueSooner, snapshot.Tasks[0]);
        Assert.Equal(
            [submitted with { DetailsJson = null }, completed],
            snapshot.History.Select(e => e with { Sequence = 0, DetailsJson = null }));
        AssertJsonEqual(submitted.DetailsJson!, snapshot.History[0].DetailsJson!);
        Assert.Equal(await Store.GetHistoryAsync(instance.Id, None), snapshot.History);
        Assert.Equal([done.Id], Ids((await Store.GetApplicationSnapshotAsync(instance.Id, TaskStates.Completed, None))!.Tasks));
        Assert.Null(await Store.GetApplicationSnapshotAsync(Guid.NewGuid(), TaskStates.Open, None));
    }

    // ---- audit and outbox ----

    [Fact]
    public async Task GetHistoryAsync_ReturnsEventsInAppendOrder_WithIncreasingSequence()
    {
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var events = new[]
        {
            new AuditEvent(instance.Id, T0.AddHours(1), "budi", "verify", "TaskCompleted", "Approve", "ok", """{"clock":"paused"}"""),
            new AuditEvent(instance.Id, T0, "system", null, "Submitted"),
            new AuditEvent(instance.Id, T0, "sari", "survey", "TaskCompleted", "Reject"),
        };
        await using (var session = await Store.BeginAsync(None))
        {
            await session.AppendAuditAsync(events[0], None);
            await session.AppendAuditAsync(events[1], None);
            await session.CommitAsync(None);
        }

        await using (var session = await Store.BeginAsync(None))
        {
            await session.AppendAuditAsync(events[2], None);
            await session.CommitAsync(None);
        }

        var history = await Store.GetHistoryAsync(instance.Id, None);

        Assert.Equal(3, history.Count);
        Assert.True(history[0].Sequence > 0 && history[0].Sequence < history[1].Sequence && history[1].Sequence < history[2].Sequence);
        AssertJsonEqual(events[0].DetailsJson!, history[0].DetailsJson!);
        Assert.Null(history[1].DetailsJson);
        Assert.Equal(
            events.Select(e => e with { DetailsJson = null }),
            history.Select(e => e with { Sequence = 0, DetailsJson = null }));
    }

    [Fact]
    public async Task ListOutboxAsync_ReturnsEnqueuedMessagesByStatusInCreationOrder()
    {
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var mail = new OutboxMessage(
            Guid.NewGuid(), instance.Id, "Email", """{"to":"a@example.id"}""", "Pending", 0, T0.AddSeconds(2), T0.AddSeconds(2), null);
        var document = new OutboxMessage(
            Guid.NewGuid(), instance.Id, "IssueDocument", """{"kind":"Receipt"}""", "Pending", 0, T0, null, null);
        var failed = new OutboxMessage(Guid.NewGuid(), null, "Email", "{}", "Failed", 5, T0.AddSeconds(1), null, "smtp down");
        await using (var session = await Store.BeginAsync(None))
        {
            await session.EnqueueOutboxAsync(mail, None);
            await session.EnqueueOutboxAsync(document, None);
            await session.EnqueueOutboxAsync(failed, None);
            await session.CommitAsync(None);
        }

        var pending = (await Store.ListOutboxAsync("Pending", 10_000, None)).Where(m => m.InstanceId == instance.Id).ToList();
        var all = await Store.ListOutboxAsync(null, 10_000, None);

        Assert.Equal([document.Id, mail.Id], pending.Select(m => m.Id));
        AssertJsonEqual(mail.PayloadJson, pending[1].PayloadJson);
        Assert.Equal(mail, pending[1] with { PayloadJson = mail.PayloadJson });
        Assert.Contains(failed, all);
        Assert.DoesNotContain(await Store.ListOutboxAsync("Pending", 10_000, None), m => m.Id == failed.Id);
        Assert.Single(await Store.ListOutboxAsync("Pending", 1, None));
    }

    // ---- calendars ----

    [Fact]
    public async Task UpsertCalendarAsync_AddsThenReplacesAYear_ListedInYearOrder()
    {
        await Store.UpsertCalendarAsync(new CalendarRecord(2031, """{"year":2031,"holidays":[]}""", T0, "seed"), None);
        await Store.UpsertCalendarAsync(new CalendarRecord(2030, """{"year":2030,"holidays":[]}""", T0, "seed"), None);
        var replacement = new CalendarRecord(
            2031, """{"year":2031,"holidays":[{"date":"2031-01-01","name":"Tahun Baru","kind":"National"}]}""", T0.AddDays(1), "admin");

        await OtherStore.UpsertCalendarAsync(replacement, None);

        var stored = await Store.GetCalendarAsync(2031, None);
        Assert.Equal((2031, T0.AddDays(1), "admin"), (stored!.Year, stored.UpdatedAt, stored.UpdatedBy));
        AssertJsonEqual(replacement.Json, stored.Json);
        Assert.Equal([2030, 2031], (await Store.ListCalendarsAsync(None)).Select(c => c.Year).Where(y => y is 2030 or 2031));
        Assert.Null(await Store.GetCalendarAsync(1999, None));
    }

    // ---- timers ----

    [Fact]
    public async Task ListDueTimersAsync_ReturnsOpenTimersDueByTheInstant_EarliestFirst()
    {
        // The only test that writes timers due before 2030, so that other tests' timers stay out of its window.
        var start = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var later = NewTimer(instance, start.AddMinutes(30));
        var earlier = NewTimer(instance, start.AddMinutes(10));
        var exactlyDue = NewTimer(instance, start.AddHours(1));
        var future = NewTimer(instance, start.AddHours(1).AddTicks(10));
        var fired = NewTimer(instance, start) with { FiredAt = start };
        var cancelled = NewTimer(instance, start) with { CancelledAt = start };
        await SeedTimersAsync(later, earlier, exactlyDue, future, fired, cancelled);

        var due = await Store.ListDueTimersAsync(start.AddHours(1), 100, None);

        Assert.Equal([earlier, later, exactlyDue], due);
        Assert.Equal([earlier, later], await Store.ListDueTimersAsync(start.AddHours(1), 2, None));
    }

    [Fact]
    public async Task GetTimersOfTaskAsync_ReturnsThatTasksTimersInAnyState()
    {
        var instance = NewInstance(NewId("def"));
        var task = NewTask(instance, "DINKES", "Reviewer", T0);
        await SeedAsync(instance, task);
        var reminder = NewTimer(instance, Future(1)) with { Kind = TimerKinds.TaskReminder, TaskId = task.Id, FiredAt = T0 };
        var deadline = NewTimer(instance, Future(2)) with { Kind = TimerKinds.TaskDeadline, TaskId = task.Id };
        await SeedTimersAsync(reminder, deadline, NewTimer(instance, Future(0)));

        await using var session = await Store.BeginAsync(None);

        Assert.Equal([reminder, deadline], await session.GetTimersOfTaskAsync(task.Id, None));
    }

    [Fact]
    public async Task MarkTimerFiredAsync_FiresOnce()
    {
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var timer = NewTimer(instance, Future(0));
        await SeedTimersAsync(timer);

        await using (var session = await Store.BeginAsync(None))
        {
            Assert.True(await session.MarkTimerFiredAsync(timer.Id, T0, None));
            Assert.Equal(timer with { FiredAt = T0 }, await session.GetTimerAsync(timer.Id, None));
            await session.CommitAsync(None);
        }

        await using (var session = await Store.BeginAsync(None))
        {
            Assert.False(await session.MarkTimerFiredAsync(timer.Id, T0.AddMinutes(1), None));
            Assert.Equal(T0, (await session.GetTimerAsync(timer.Id, None))?.FiredAt);
            Assert.False(await session.MarkTimerFiredAsync(Guid.NewGuid(), T0, None));
            Assert.Null(await session.GetTimerAsync(Guid.NewGuid(), None));
        }

        Assert.DoesNotContain(await Store.ListDueTimersAsync(Future(1), 10_000, None), t => t.Id == timer.Id);
    }

    [Fact]
    public async Task CancelTimersAsync_CancelsOpenTimersOfTheInstanceOrOfOneTask_AndCancelledTimersDoNotFire()
    {
        var instance = NewInstance(NewId("def"));
        var otherInstance = NewInstance(instance.DefinitionId);
        var task = NewTask(instance, "DPMPTSP", "r", T0);
        var otherTask = NewTask(instance, "DPMPTSP", "r", T0);
        await SeedAsync(instance, task, otherTask);
        await SeedAsync(otherInstance);
        var reminder = NewTimer(instance, Future(1)) with { TaskId = task.Id, Kind = "TaskReminder" };
        var deadline = NewTimer(instance, Future(2)) with { TaskId = task.Id, Kind = "TaskDeadline" };
        var otherTaskTimer = NewTimer(instance, Future(3)) with { TaskId = otherTask.Id };
        var statutory = NewTimer(instance, Future(4));
        var alreadyFired = NewTimer(instance, Future(5)) with { FiredAt = T0 };
        var foreign = NewTimer(otherInstance, Future(6));
        await SeedTimersAsync(reminder, deadline, otherTaskTimer, statutory, alreadyFired, foreign);

        await using (var session = await Store.BeginAsync(None))
        {
            await session.CancelTimersAsync(instance.Id, task.Id, T0.AddMinutes(1), None);
            await session.CommitAsync(None);
        }

        await using (var session = await Store.BeginAsync(None))
        {
            Assert.Equal(T0.AddMinutes(1), (await session.GetTimerAsync(reminder.Id, None))?.CancelledAt);
            Assert.Equal(T0.AddMinutes(1), (await session.GetTimerAsync(deadline.Id, None))?.CancelledAt);
            Assert.Null((await session.GetTimerAsync(otherTaskTimer.Id, None))?.CancelledAt);
            Assert.False(await session.MarkTimerFiredAsync(reminder.Id, T0.AddMinutes(2), None));

            await session.CancelTimersAsync(instance.Id, null, T0.AddMinutes(2), None);

            Assert.Equal(T0.AddMinutes(1), (await session.GetTimerAsync(reminder.Id, None))?.CancelledAt);
            Assert.Equal(T0.AddMinutes(2), (await session.GetTimerAsync(otherTaskTimer.Id, None))?.CancelledAt);
            Assert.Equal(T0.AddMinutes(2), (await session.GetTimerAsync(statutory.Id, None))?.CancelledAt);
            Assert.Equal(alreadyFired, await session.GetTimerAsync(alreadyFired.Id, None));
            Assert.Equal(foreign, await session.GetTimerAsync(foreign.Id, None));
        }
    }

    [Fact]
    public async Task CancelTimerAsync_CancelsOnlyThatOpenTimer()
    {
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var delay = NewTimer(instance, Future(1)) with { Kind = "Delay", ActivityId = "wait" };
        var sibling = NewTimer(instance, Future(2));
        var fired = NewTimer(instance, Future(3)) with { FiredAt = T0 };
        await SeedTimersAsync(delay, sibling, fired);

        await using var session = await Store.BeginAsync(None);
        await session.CancelTimerAsync(delay.Id, T0.AddMinutes(1), None);
        await session.CancelTimerAsync(fired.Id, T0.AddMinutes(1), None);

        Assert.Equal(delay with { CancelledAt = T0.AddMinutes(1) }, await session.GetTimerAsync(delay.Id, None));
        Assert.Equal(sibling, await session.GetTimerAsync(sibling.Id, None));
        Assert.Equal(fired, await session.GetTimerAsync(fired.Id, None));
    }

    // ---- sequences and idempotency ----

    [Fact]
    public async Task NextSequenceAsync_CountsFromOnePerScope()
    {
        var scope = NewId("registration");
        var otherScope = NewId("registration");
        await using var session = await Store.BeginAsync(None);

        Assert.Equal(1, await session.NextSequenceAsync(scope, None));
        Assert.Equal(2, await session.NextSequenceAsync(scope, None));
        Assert.Equal(1, await session.NextSequenceAsync(otherScope, None));
        Assert.Equal(3, await session.NextSequenceAsync(scope, None));
    }

    [Fact]
    public async Task NextSequenceAsync_HandsOutUniqueIncreasingValues_UnderEightConcurrentSessions()
    {
        const int Workers = 8;
        const int PerWorker = 25;
        var scope = NewId("registration");
        var values = new long[Workers][];

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            var store = worker % 2 == 0 ? Store : OtherStore;
            values[worker] = new long[PerWorker];
            for (var i = 0; i < PerWorker; i++)
            {
                await using var session = await store.BeginAsync(None);
                values[worker][i] = await session.NextSequenceAsync(scope, None);
                await session.CommitAsync(None);
            }
        })));

        Assert.Equal(Enumerable.Range(1, Workers * PerWorker).Select(v => (long)v), values.SelectMany(v => v).Order());
        Assert.All(values, mine => Assert.True(mine.Zip(mine.Skip(1)).All(pair => pair.First < pair.Second)));
    }

    [Fact]
    public async Task SaveIdempotentResultAsync_StoresTheResult_AndRejectsATakenKey()
    {
        var key = NewId("submit");
        await using (var session = await Store.BeginAsync(None))
        {
            Assert.Null(await session.GetIdempotentResultAsync(key, T0, None));
            await session.SaveIdempotentResultAsync(key, """{"registrationNumber":"R-1"}""", T0, T0.AddDays(1), None);
            await session.CommitAsync(None);
        }

        var scope = NewId("registration");
        await using (var session = await Store.BeginAsync(None))
        {
            AssertJsonEqual("""{"registrationNumber":"R-1"}""", (await session.GetIdempotentResultAsync(key, T0, None))!);
            await Assert.ThrowsAsync<ConcurrencyException>(async () =>
            {
                Assert.Equal(1, await session.NextSequenceAsync(scope, None));
                await session.SaveIdempotentResultAsync(key, "{}", T0, T0.AddDays(1), None);
                await session.CommitAsync(None);
            });
        }

        // Nothing of the failed command was committed.
        await using var next = await Store.BeginAsync(None);
        Assert.Equal(1, await next.NextSequenceAsync(scope, None));
    }

    // ---- transactions ----

    [Fact]
    public async Task DisposingASessionWithoutCommit_RollsEverythingBack_AndNothingIsVisibleBeforeCommit()
    {
        var instance = NewInstance(NewId("def"));
        var task = NewTask(instance, "DPMPTSP", "r", T0);
        var scope = NewId("registration");
        var key = NewId("submit");

        await using (var session = await Store.BeginAsync(None))
        {
            await session.InsertInstanceAsync(instance, None);
            await session.InsertTaskAsync(task, None);
            await session.AppendAuditAsync(new AuditEvent(instance.Id, T0, "system", null, "Submitted"), None);
            await session.InsertTimerAsync(NewTimer(instance, Future(1)), None);
            Assert.Equal(1, await session.NextSequenceAsync(scope, None));
            await session.SaveIdempotentResultAsync(key, "{}", T0, T0.AddDays(1), None);

            Assert.Null(await Store.GetInstanceAsync(instance.Id, None));
            Assert.Null(await OtherStore.GetTaskAsync(task.Id, None));
        }

        Assert.Null(await Store.GetInstanceAsync(instance.Id, None));
        Assert.Null(await Store.GetTaskAsync(task.Id, None));
        Assert.Empty(await Store.GetHistoryAsync(instance.Id, None));
        await using var next = await Store.BeginAsync(None);
        Assert.Equal(1, await next.NextSequenceAsync(scope, None));
        Assert.Null(await next.GetIdempotentResultAsync(key, T0, None));
    }

    /// <summary>
    /// The race behind "a second completion of the same task is a 409": two hosts complete the same open task at once.
    /// Each locks the instance, reads the task and completes it only if it is still open.
    /// </summary>
    [Fact]
    public async Task ConcurrentCompletions_OfTheSameTask_ExactlyOneSeesItOpen()
    {
        const int Trials = 100;
        var definitionId = NewId("def");
        for (var trial = 0; trial < Trials; trial++)
        {
            var instance = NewInstance(definitionId);
            var task = NewTask(instance, "DPMPTSP", "verifikator", T0);
            await SeedAsync(instance, task);
            using var start = new Barrier(2);

            var outcomes = await Task.WhenAll(
                Task.Run(() => CompleteIfOpenAsync(Store, instance.Id, task.Id, "budi", start)),
                Task.Run(() => CompleteIfOpenAsync(OtherStore, instance.Id, task.Id, "sari", start)));

            Assert.Single(outcomes, completed => completed);
            var winner = outcomes[0] ? "budi" : "sari";
            var stored = await Store.GetTaskAsync(task.Id, None);
            Assert.Equal((TaskStates.Completed, winner), (stored?.Status, stored?.CompletedBy));
            Assert.Equal(1, (await Store.GetInstanceAsync(instance.Id, None))?.Revision);
        }
    }

    /// <summary>The same race through <see cref="IStoreSession.LockInstanceOfTaskAsync"/>, which reads the task under the lock.</summary>
    [Fact]
    public async Task ConcurrentCompletions_ThroughLockInstanceOfTask_ExactlyOneSeesItOpen()
    {
        const int Trials = 100;
        var definitionId = NewId("def");
        for (var trial = 0; trial < Trials; trial++)
        {
            var instance = NewInstance(definitionId);
            var task = NewTask(instance, "DPMPTSP", "verifikator", T0);
            await SeedAsync(instance, task);
            using var start = new Barrier(2);

            var outcomes = await Task.WhenAll(
                Task.Run(() => CompleteIfOpenAsync(Store, task.Id, "budi", start)),
                Task.Run(() => CompleteIfOpenAsync(OtherStore, task.Id, "sari", start)));

            Assert.Single(outcomes, completed => completed);
            var winner = outcomes[0] ? "budi" : "sari";
            var stored = await Store.GetTaskAsync(task.Id, None);
            Assert.Equal((TaskStates.Completed, winner), (stored?.Status, stored?.CompletedBy));
            Assert.Equal(1, (await Store.GetInstanceAsync(instance.Id, None))?.Revision);
        }
    }

    // ---- accounts ----

    [Fact]
    public async Task Users_UpsertFindAndList()
    {
        var username = NewId("user");
        var user = new UserRecord(username, "Budi Santoso", "hash-1", "DPMPTSP", ["verifikator", "kepala"], Active: true);
        var analyst = new UserRecord(NewId("user"), "Analis", "hash-2", null, [], Active: true);

        await Store.UpsertUserAsync(user, None);
        await Store.UpsertUserAsync(analyst, None);
        await Store.UpsertUserAsync(user with { DisplayName = "Budi S.", Roles = ["kepala"], Active = false, Office = "DLH" }, None);

        var found = await Store.FindUserAsync(username, None);
        Assert.NotNull(found);
        Assert.Equal(("Budi S.", "hash-1", "DLH", false), (found.DisplayName, found.PasswordHash, found.Office, found.Active));
        Assert.Equal(["kepala"], found.Roles);
        var listed = await Store.ListUsersAsync(None);
        Assert.Contains(listed, u => u.Username == analyst.Username && u.Office is null && u.Roles.Count == 0);
        Assert.Equal(listed.Select(u => u.Username).Order(StringComparer.Ordinal), listed.Select(u => u.Username));
        Assert.Null(await Store.FindUserAsync(NewId("nobody"), None));
    }

    [Fact]
    public async Task Users_KeepTheirSecurityStamp_AndAPasswordHashIsReplacedOnlyWhileItIsTheOneRead()
    {
        var username = NewId("user");
        var user = new UserRecord(username, "Sari", "hash-old", "DINKES", ["Reviewer"], Active: true, SecurityStamp: "stamp-1");
        await Store.UpsertUserAsync(user, None);
        Assert.Equal("stamp-1", (await Store.FindUserAsync(username, None))?.SecurityStamp);

        // An admin deactivates the account (a new stamp) between a sign-in's read and its rehash: the rehash must not
        // write the stale record back.
        await Store.UpsertUserAsync(user with { Active = false, SecurityStamp = "stamp-2" }, None);
        Assert.True(await Store.ReplacePasswordHashAsync(username, "hash-old", "hash-new", None));
        Assert.False(await Store.ReplacePasswordHashAsync(username, "hash-old", "hash-other", None));
        Assert.False(await Store.ReplacePasswordHashAsync(NewId("nobody"), "hash-old", "hash-new", None));

        var stored = await Store.FindUserAsync(username, None);
        Assert.Equal(("hash-new", false, "stamp-2"), (stored?.PasswordHash, stored?.Active, stored?.SecurityStamp));
    }

    [Fact]
    public async Task Offices_UpsertAndList()
    {
        var code = NewId("OFFICE");
        await Store.UpsertOfficeAsync(new OfficeRecord(code, "Dinas Kesehatan", "Asia/Jakarta", ["verifikator"]), None);
        await Store.UpsertOfficeAsync(new OfficeRecord(code, "Dinas Kesehatan Kab.", "Asia/Makassar", ["verifikator", "kepala"]), None);

        var office = Assert.Single(await Store.ListOfficesAsync(None), o => o.Code == code);

        Assert.Equal(("Dinas Kesehatan Kab.", "Asia/Makassar"), (office.Name, office.TimeZone));
        Assert.Equal(["verifikator", "kepala"], office.Roles);
    }

    // ---- helpers ----

    private static async Task<bool> CompleteIfOpenAsync(IWorkflowStore store, Guid instanceId, Guid taskId, string user, Barrier start)
    {
        start.SignalAndWait();
        await using var session = await store.BeginAsync(None);
        var instance = await session.LockInstanceAsync(instanceId, None) ?? throw new InvalidOperationException("Instance missing.");
        var task = await session.GetTaskAsync(taskId, None) ?? throw new InvalidOperationException("Task missing.");
        if (task.Status != TaskStates.Open)
        {
            return false;
        }

        await session.UpdateTaskAsync(
            task with { Status = TaskStates.Completed, Outcome = "Approve", CompletedBy = user, CompletedAt = T0.AddHours(1) }, None);
        await session.UpdateInstanceAsync(instance with { Revision = instance.Revision + 1 }, instance.Revision, None);
        await session.CommitAsync(None);
        return true;
    }

    private static async Task<bool> CompleteIfOpenAsync(IWorkflowStore store, Guid taskId, string user, Barrier start)
    {
        start.SignalAndWait();
        await using var session = await store.BeginAsync(None);
        var (instance, task) = await session.LockInstanceOfTaskAsync(taskId, None) ?? throw new InvalidOperationException("Task missing.");
        if (task.Status != TaskStates.Open)
        {
            return false;
        }

        await session.UpdateTaskAsync(
            task with { Status = TaskStates.Completed, Outcome = "Approve", CompletedBy = user, CompletedAt = T0.AddHours(1) }, None);
        await session.UpdateInstanceAsync(instance with { Revision = instance.Revision + 1 }, instance.Revision, None);
        await session.CommitAsync(None);
        return true;
    }

    private async Task SeedAsync(InstanceRecord instance, params TaskRecord[] tasks)
    {
        await using var session = await Store.BeginAsync(None);
        await session.InsertInstanceAsync(instance, None);
        foreach (var task in tasks)
        {
            await session.InsertTaskAsync(task, None);
        }

        await session.CommitAsync(None);
    }

    private async Task SeedTasksAsync(params TaskRecord[] tasks)
    {
        await using var session = await Store.BeginAsync(None);
        foreach (var task in tasks)
        {
            await session.InsertTaskAsync(task, None);
        }

        await session.CommitAsync(None);
    }

    private async Task SeedTimersAsync(params TimerRecord[] timers)
    {
        await using var session = await Store.BeginAsync(None);
        foreach (var timer in timers)
        {
            await session.InsertTimerAsync(timer, None);
        }

        await session.CommitAsync(None);
    }

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    private static DateTimeOffset Future(int minutes) => new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes);

    private static InstanceRecord NewInstance(string definitionId, DateTimeOffset? createdAt = null) => new(
        Guid.NewGuid(),
        NewId("REG"),
        definitionId,
        1,
        ApplicationStatuses.InProgress,
        null,
        """{"name":"Siti Aminah","email":"siti@example.id","phone":null,"nik":"3201010101010001"}""",
        """{"luasBangunan":120.5,"fungsi":"hunian","lantai":[1,2]}""",
        """{"tokens":[{"activityId":"verify"}],"clocks":{}}""",
        "sha256:abc",
        null,
        0,
        createdAt ?? T0,
        createdAt ?? T0);

    private static TaskRecord NewTask(
        InstanceRecord instance, string office, string role, DateTimeOffset createdAt, DateTimeOffset? dueAt = null) =>
        new(
            Guid.NewGuid(),
            instance.Id,
            instance.RegistrationNumber,
            instance.DefinitionId,
            "verify",
            "Verifikasi berkas",
            office,
            role,
            TaskStates.Open,
            null,
            """["Approve","Reject"]""",
            """[{"name":"catatan","type":"text"}]""",
            createdAt,
            dueAt,
            null,
            null,
            null,
            null,
            null);

    private static TimerRecord NewTimer(InstanceRecord instance, DateTimeOffset dueAt) =>
        new(Guid.NewGuid(), instance.Id, "StatutoryDeadline", null, null, dueAt, null, null);

    private static List<Guid> Ids(IEnumerable<TaskRecord> tasks) => tasks.Select(t => t.Id).ToList();

    // PostgreSQL keeps JSON as jsonb, which normalises spacing and key order, so documents compare by value.
    private static void AssertJsonEqual(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected} but got {actual}.");

    private static void AssertSameDefinition(DefinitionRecord expected, DefinitionRecord? actual)
    {
        Assert.NotNull(actual);
        AssertJsonEqual(expected.Json, actual.Json);
        Assert.Equal(expected, actual with { Json = expected.Json });
    }

    private static void AssertSameInstance(InstanceRecord expected, InstanceRecord? actual)
    {
        Assert.NotNull(actual);
        AssertJsonEqual(expected.ApplicantJson, actual.ApplicantJson);
        AssertJsonEqual(expected.DataJson, actual.DataJson);
        AssertJsonEqual(expected.StateJson, actual.StateJson);
        Assert.Equal(
            expected,
            actual with { ApplicantJson = expected.ApplicantJson, DataJson = expected.DataJson, StateJson = expected.StateJson });
    }

    private static void AssertSameTask(TaskRecord expected, TaskRecord? actual)
    {
        Assert.NotNull(actual);
        AssertJsonEqual(expected.OutcomesJson, actual.OutcomesJson);
        AssertJsonEqual(expected.FormJson, actual.FormJson);
        Assert.Equal(expected, actual with { OutcomesJson = expected.OutcomesJson, FormJson = expected.FormJson });
    }
}
