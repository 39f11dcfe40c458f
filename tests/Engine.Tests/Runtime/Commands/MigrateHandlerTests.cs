using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Engine.Tests.Runtime.Commands;

/// <summary>
/// Running files of the route of <see cref="HandlerTestBase"/> moved to a newer published version: by id, by a step chosen
/// by hand, or not at all; clocks and assignees carried over; a file that changed since its preview refused.
/// </summary>
public sealed class MigrateHandlerTests : HandlerTestBase
{
    private static readonly Actor Analyst = new("analyst", null, [StaffRoles.Analyst]);

    [Fact]
    public async Task Migrate_TaskAtARenamedStep_MovesByTheChosenStep_KeepsAssigneeAndDueDate_AndCompletesOnTheNewVersion()
    {
        var app = await SubmitAsync();
        var task = await OpenTaskAsync(app.Id);
        await Engine.Assignment.ClaimAsync(task.Id, Reviewer, CancellationToken.None);
        var v2 = await PublishNextAsync(doc => Rename(doc, "review", "check"));
        Clock.Now += TimeSpan.FromHours(3);
        var command = new MigrationCommand("handlers", 1, v2, new Dictionary<string, string?> { ["review"] = "check" });

        var preview = await Engine.Runtime.PreviewMigrationAsync(command, Analyst, CancellationToken.None);
        var file = Assert.Single(preview.Files);
        var move = Assert.Single(file.Moves);
        var result = await Engine.Runtime.MigrateAsync(command with { Files = [new MigrationFile(file.Id, file.Revision)] }, Analyst, CancellationToken.None);

        Assert.True(file.CanMove);
        Assert.Equal(("review", "check", Reviewer.Name, true), (move.From.Id, move.To.Id, move.Assignee, move.AssigneeKept));
        Assert.Contains(preview.Steps, s => s.Step.Id == "review" && s.Target?.Id == "check" && s.Chosen);
        Assert.Equal((1, 0), (result.Moved, result.NotMoved));
        Assert.Equal(v2, (await Store.GetInstanceAsync(app.Id, CancellationToken.None))!.DefinitionVersion);
        var moved = await OpenTaskAsync(app.Id);
        Assert.Equal((task.Id, "check", Reviewer.Name, task.DueAt), (moved.Id, moved.ActivityId, moved.Assignee, moved.DueAt));
        var deadline = await PendingTimerAsync(TimerKinds.TaskDeadline);
        Assert.Equal(("check", task.DueAt), (deadline.ActivityId, (DateTimeOffset?)deadline.DueAt));
        var migrated = Assert.Single(await Store.GetHistoryAsync(app.Id, CancellationToken.None), h => h.Event == AuditEvents.Migrated);
        Assert.Equal(("analyst", "check"), (migrated.Actor, migrated.ActivityId));
        Assert.Contains("\"review\":\"check\"", migrated.DetailsJson, StringComparison.Ordinal);

        await DecideAsync(moved.Id, "Approve");
        Clock.Now += TimeSpan.FromDays(2);
        Assert.True(await Engine.Timers.FireTimerAsync((await PendingTimerAsync(TimerKinds.Delay)).Id, CancellationToken.None));

        var finished = (await Store.GetInstanceAsync(app.Id, CancellationToken.None))!;
        Assert.Equal((ApplicationStatuses.Completed, ApplicationResults.Approved, v2), (finished.Status, finished.Result, finished.DefinitionVersion));
        Assert.Contains(await Store.ListOutboxOfInstanceAsync(app.Id, CancellationToken.None), m => m.Kind == OutboxKinds.IssueDocument);
    }

    [Fact]
    public async Task Migrate_FileAtARemovedStep_IsReportedAndStays_WhileAFileAtAnUnchangedStepMovesById()
    {
        var returned = await SubmitAsync();
        await DecideAsync((await OpenTaskAsync(returned.Id)).Id, "Return");
        var waiting = await SubmitAsync();
        var v2 = await PublishNextAsync(doc => Remove(doc, "fix"));
        var command = new MigrationCommand("handlers", 1, v2, null);

        var preview = await Engine.Runtime.PreviewMigrationAsync(command, Admin, CancellationToken.None);
        var result = await Engine.Runtime.MigrateAsync(command, Admin, CancellationToken.None);

        var stuck = Assert.Single(preview.Files, f => f.Id == returned.Id);
        Assert.Equal((false, MigrationReasons.NoCounterpart, "fix"), (stuck.CanMove, stuck.Reason, stuck.ReasonStep?.Id));
        var movable = Assert.Single(preview.Files, f => f.Id == waiting.Id);
        Assert.Equal(("review", "review"), (Assert.Single(movable.Moves).From.Id, movable.Moves[0].To.Id));
        Assert.Contains(preview.Steps, s => s.Step.Id == "fix" && s.Target is null && !s.Chosen);
        Assert.Contains(preview.Steps, s => s.Step.Id == "review" && s.Target?.Id == "review" && !s.Chosen);
        Assert.Equal((1, 1), (result.Moved, result.NotMoved));
        Assert.Equal(MigrationReasons.NoCounterpart, Assert.Single(result.Files, f => f.Id == returned.Id).Reason);
        var left = (await Store.GetInstanceAsync(returned.Id, CancellationToken.None))!;
        Assert.Equal((1, ApplicationStatuses.AwaitingApplicant), (left.DefinitionVersion, left.Status));
        Assert.DoesNotContain(AuditEvents.Migrated, await EventsAsync(returned.Id));
        Assert.Equal(v2, (await Store.GetInstanceAsync(waiting.Id, CancellationToken.None))!.DefinitionVersion);
        Assert.Equal("review", (await OpenTaskAsync(waiting.Id)).ActivityId);
    }

    [Fact]
    public async Task Migrate_FileWaitingOnADelay_KeepsTheStatutoryClockAndTheDelay_AndEndsOnTheNewVersion()
    {
        var app = await SubmitAsync();
        await DecideAsync((await OpenTaskAsync(app.Id)).Id, "Approve");
        var before = EngineJson.Deserialize<ExecutionState>((await Store.GetInstanceAsync(app.Id, CancellationToken.None))!.StateJson);
        var statutory = Assert.Single(before.Clocks, c => c.Kind == ClockKinds.Statutory);
        var delay = await PendingTimerAsync(TimerKinds.Delay);
        var v2 = await PublishNextAsync(doc => Rename(doc, "wait", "cooling"));

        var result = await Engine.Runtime.MigrateAsync(
            new MigrationCommand("handlers", 1, v2, new Dictionary<string, string?> { ["wait"] = "cooling" }), Analyst, CancellationToken.None);

        Assert.Equal(1, result.Moved);
        var after = EngineJson.Deserialize<ExecutionState>((await Store.GetInstanceAsync(app.Id, CancellationToken.None))!.StateJson);
        var kept = Assert.Single(after.Clocks, c => c.Kind == ClockKinds.Statutory);
        Assert.Equal((statutory.StartedAt, statutory.DueAt, statutory.TimerId), (kept.StartedAt, kept.DueAt, kept.TimerId));
        Assert.Equal(statutory.DueAt, (await PendingTimerAsync(TimerKinds.Statutory)).DueAt);
        Assert.Equal(("cooling", delay.Id), (Assert.Single(after.Bookmarks).ActivityId, after.Bookmarks[0].Id));
        Clock.Now += TimeSpan.FromDays(2);
        Assert.True(await Engine.Timers.FireTimerAsync(delay.Id, CancellationToken.None));
        Assert.Equal(ApplicationResults.Approved, (await Store.GetInstanceAsync(app.Id, CancellationToken.None))!.Result);
    }

    [Fact]
    public async Task Migrate_FileChangedSinceThePreview_IsRefused_AndLeftAsItWas()
    {
        var app = await SubmitAsync();
        var v2 = await PublishNextAsync(doc => Rename(doc, "review", "check"));
        var command = new MigrationCommand("handlers", 1, v2, new Dictionary<string, string?> { ["review"] = "check", ["fix"] = "fix" });
        var file = Assert.Single((await Engine.Runtime.PreviewMigrationAsync(command, Analyst, CancellationToken.None)).Files);
        await DecideAsync((await OpenTaskAsync(app.Id)).Id, "Return");

        var result = await Engine.Runtime.MigrateAsync(command with { Files = [new MigrationFile(file.Id, file.Revision)] }, Analyst, CancellationToken.None);

        Assert.Equal((0, MigrationReasons.ChangedMeanwhile), (result.Moved, Assert.Single(result.Files).Reason));
        Assert.Equal(1, (await Store.GetInstanceAsync(app.Id, CancellationToken.None))!.DefinitionVersion);
        Assert.DoesNotContain(AuditEvents.Migrated, await EventsAsync(app.Id));
    }

    [Fact]
    public async Task Migrate_TaskWhoseStepMovedToAnotherRole_GoesBackToTheQueue_WithTheNewTitleAndOutcomes()
    {
        var app = await SubmitAsync();
        var task = await OpenTaskAsync(app.Id);
        await Engine.Assignment.ClaimAsync(task.Id, Reviewer, CancellationToken.None);
        var v2 = await PublishNextAsync(doc =>
        {
            var review = Activity(doc, "review");
            review["name"] = "Pemeriksaan kepala";
            review["role"]!["expression"]!["value"] = StaffRoles.Head;
        });

        await Engine.Runtime.MigrateAsync(new MigrationCommand("handlers", 1, v2, null), Analyst, CancellationToken.None);

        var moved = await OpenTaskAsync(app.Id);
        Assert.Equal((StaffRoles.Head, null, "Pemeriksaan kepala", task.DueAt), (moved.Role, moved.Assignee, moved.Title, moved.DueAt));
        Assert.Equal(task.OutcomesJson, moved.OutcomesJson);
        Assert.Contains(await Store.GetHistoryAsync(app.Id, CancellationToken.None), h => h.Event == AuditEvents.TaskReleased && h.Actor == "analyst");
    }

    [Fact]
    public async Task Migrate_RefusesStaff_ADraftTarget_AnOlderTarget_UnknownVersions_AndAWrongMapping()
    {
        await SubmitAsync();
        var v2 = await PublishNextAsync(doc => Rename(doc, "review", "check"));
        var draft = (await Store.SaveDraftAsync("handlers", "Handlers", Definition, Clock.GetUtcNow(), CancellationToken.None)).Version;
        MigrationCommand Command(int to, params (string From, string? To)[] mapping) =>
            new("handlers", 1, to, mapping.ToDictionary(m => m.From, m => m.To));
        Task<CommandException> Refused(MigrationCommand command, Actor? actor = null) =>
            Assert.ThrowsAsync<CommandException>(() => Engine.Runtime.MigrateAsync(command, actor ?? Analyst, CancellationToken.None));

        Assert.Equal(CommandErrorKind.Forbidden, (await Refused(Command(v2), Reviewer)).Kind);
        Assert.Equal(CommandErrorKind.Invalid, (await Refused(Command(draft))).Kind);
        Assert.Equal(CommandErrorKind.Invalid, (await Refused(Command(v2) with { FromVersion = v2, ToVersion = 1 })).Kind);
        Assert.Equal(CommandErrorKind.NotFound, (await Refused(Command(99))).Kind);
        Assert.Equal(CommandErrorKind.NotFound, (await Refused(Command(v2) with { DefinitionId = "unknown" })).Kind);
        var unknownStep = await Refused(Command(v2, ("nope", "check"), ("review", "missing")));
        Assert.Equal(["mapping.nope", "mapping.review"], unknownStep.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(CommandErrorKind.Invalid, (await Refused(Command(v2, ("review", "wait")))).Kind);
        Assert.Equal(1, (await Store.ListInstancesAsync(new InstanceQuery(), CancellationToken.None)).Items.Single().DefinitionVersion);
    }

    private async Task<int> PublishNextAsync(Action<JsonObject> edit)
    {
        var document = JsonNode.Parse(Definition)!.AsObject();
        edit(document);
        var json = document.ToJsonString();
        var draft = await Store.SaveDraftAsync("handlers", "Handlers", json, Clock.GetUtcNow(), CancellationToken.None);
        await Store.PublishAsync("handlers", draft.Version, json, Clock.GetUtcNow(), CancellationToken.None);
        return draft.Version;
    }

    private static JsonObject Activity(JsonObject document, string id) =>
        document["root"]!["activities"]!.AsArray().Select(a => a!.AsObject()).Single(a => (string?)a["id"] == id);

    private static IEnumerable<JsonObject> Endpoints(JsonObject document) =>
        document["root"]!["connections"]!.AsArray().SelectMany(c => new[] { c!["source"]!.AsObject(), c["target"]!.AsObject() });

    private static void Rename(JsonObject document, string from, string to)
    {
        Activity(document, from)["id"] = to;
        foreach (var end in Endpoints(document).Where(e => (string?)e["activity"] == from))
        {
            end["activity"] = to;
        }
    }

    /// <summary>Removes a step and every connection touching it.</summary>
    private static void Remove(JsonObject document, string id)
    {
        var activities = document["root"]!["activities"]!.AsArray();
        activities.Remove(Activity(document, id));
        var connections = document["root"]!["connections"]!.AsArray();
        foreach (var connection in connections.Where(c => (string?)c!["source"]!["activity"] == id || (string?)c!["target"]!["activity"] == id).ToList())
        {
            connections.Remove(connection);
        }
    }
}
