using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Definitions.Catalog.Activities;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Moves running files of a route from version N to a newer published version M (analysts and administrators): a preview
/// of where each file would land and why some cannot move (<see cref="PreviewAsync"/>), then the migration, each file in its
/// own transaction (<see cref="HandleAsync"/>). A file moves whole or not at all: its waiting points, joins and task outcomes
/// take the new step ids, its open tasks take the new step's office, role, title, outcomes and form (and keep their assignee
/// where office and role are unchanged), and its clocks carry over as they are, so the statutory clock and every step's
/// due date stay where they were; deadline timers are written again for the new steps. Each move is in the file's history.
/// </summary>
public sealed class MigrateHandler(
    IWorkflowStore store,
    CommandPipeline pipeline,
    DefinitionProvider definitions,
    ClockService clocks,
    ILogger<MigrateHandler> logger)
{
    private const int PageSize = 100;

    /// <summary>Every file of the old version, where it would land or why it cannot move; nothing is written.</summary>
    public async Task<MigrationPreview> PreviewAsync(MigrationCommand command, Actor actor, CancellationToken cancellationToken)
    {
        var planner = await PlannerAsync(command, actor, cancellationToken).ConfigureAwait(false);
        var files = new List<MigrationFilePreview>();
        foreach (var summary in await FilesOnVersionAsync(command.DefinitionId, command.FromVersion, cancellationToken).ConfigureAwait(false))
        {
            var (plan, revision) = summary.Status == ApplicationStatuses.Completed
                ? (FilePlan.Blocked(MigrationReasons.Finished, null), 0)
                : await PlanAsync(planner, summary.Id, cancellationToken).ConfigureAwait(false);
            files.Add(new MigrationFilePreview(
                summary.Id, summary.RegistrationNumber, summary.ApplicantName, summary.Status, revision, plan.CanMove, plan.Reason, plan.ReasonStep,
                plan.Views));
        }

        return new MigrationPreview(command.DefinitionId, planner.Command.FromVersion, planner.Command.ToVersion, planner.Steps(), files);
    }

    /// <summary>
    /// Moves the files named (or, when none are named, every running file that can move), each in its own transaction; a file
    /// that cannot move, or changed since the preview's revision, stays on its version untouched and is reported.
    /// </summary>
    public async Task<MigrationResult> HandleAsync(MigrationCommand command, Actor actor, CancellationToken cancellationToken)
    {
        var planner = await PlannerAsync(command, actor, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<(Guid Id, int? Revision)> targets = command.Files is { } named
            ? [.. named.DistinctBy(f => f.Id).Select(f => (f.Id, (int?)f.Revision))]
            : [.. (await FilesOnVersionAsync(command.DefinitionId, command.FromVersion, cancellationToken).ConfigureAwait(false))
                .Where(s => s.Status != ApplicationStatuses.Completed).Select(s => (s.Id, (int?)null))];
        var outcomes = new List<MigrationOutcome>();
        foreach (var (id, revision) in targets)
        {
            try
            {
                outcomes.Add(await pipeline.RunAsync(session => MigrateWithinAsync(session, planner, id, revision, actor, cancellationToken), cancellationToken)
                    .ConfigureAwait(false));
            }
            catch (ConcurrencyException)
            {
                outcomes.Add(new MigrationOutcome(id, null, false, MigrationReasons.ChangedMeanwhile, null, []));
            }
        }

        var moved = outcomes.Count(o => o.Moved);
        logger.LogInformation("{Actor} migrated {Moved} of {Files} files of {DefinitionId} from version {From} to {To}",
            actor.Name, moved, outcomes.Count, command.DefinitionId, planner.Command.FromVersion, planner.Command.ToVersion);
        return new MigrationResult(command.DefinitionId, planner.Command.FromVersion, planner.Command.ToVersion, moved, outcomes.Count - moved, outcomes);
    }

    private async Task<MigrationPlanner> PlannerAsync(MigrationCommand command, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin && !actor.HasRole(StaffRoles.Analyst))
        {
            throw CommandErrors.Forbidden("Only analysts and administrators can move applications to another version");
        }

        if (command.FromVersion < 1 || command.ToVersion <= command.FromVersion)
        {
            throw CommandErrors.Invalid("The versions are not valid", new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["toVersion"] = ["Files move from a version (1 or more) to a newer one."],
            });
        }

        var to = await store.GetDefinitionAsync(command.DefinitionId, VersionSelector.Exact(command.ToVersion), cancellationToken).ConfigureAwait(false);
        if (await store.GetDefinitionAsync(command.DefinitionId, VersionSelector.Exact(command.FromVersion), cancellationToken).ConfigureAwait(false) is null
            || to is null)
        {
            throw CommandErrors.NotFound("Route version");
        }

        if (to.PublishedAt is null)
        {
            throw CommandErrors.Invalid("Files move only to a published version", new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["toVersion"] = [$"Version {command.ToVersion} is a draft; publish it first."],
            });
        }

        return MigrationPlanner.Create(
            command,
            await definitions.GetVersionAsync(command.DefinitionId, command.FromVersion, cancellationToken).ConfigureAwait(false),
            await definitions.GetVersionAsync(command.DefinitionId, command.ToVersion, cancellationToken).ConfigureAwait(false));
    }

    private async Task<List<InstanceSummary>> FilesOnVersionAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var files = new List<InstanceSummary>();
        for (var page = 1; ; page++)
        {
            var result = await store.ListInstancesAsync(new InstanceQuery(DefinitionId: definitionId, Page: page, PageSize: PageSize), cancellationToken)
                .ConfigureAwait(false);
            files.AddRange(result.Items.Where(i => i.DefinitionVersion == version));
            if (result.Items.Count < PageSize)
            {
                return files;
            }
        }
    }

    private async Task<(FilePlan Plan, int Revision)> PlanAsync(MigrationPlanner planner, Guid id, CancellationToken cancellationToken)
    {
        if (await store.GetInstanceAsync(id, cancellationToken).ConfigureAwait(false) is not { } instance)
        {
            return (FilePlan.Blocked(MigrationReasons.Unknown, null), 0);
        }

        var tasks = await store.ListTasksAsync(new TaskQuery(Status: TaskStates.Open, InstanceId: id), cancellationToken).ConfigureAwait(false);
        return (planner.Plan(instance, EngineJson.Deserialize<ExecutionState>(instance.StateJson), tasks), instance.Revision);
    }

    private async Task<MigrationOutcome> MigrateWithinAsync(
        IStoreSession session, MigrationPlanner planner, Guid id, int? expectedRevision, Actor actor, CancellationToken cancellationToken)
    {
        // A file of another route is answered as an unknown id, before anything else about it (its number, its revision), so
        // a migration does not tell which files exist in routes it is not about.
        if (await session.LockInstanceAsync(id, cancellationToken).ConfigureAwait(false) is not { } instance
            || instance.DefinitionId != planner.Command.DefinitionId)
        {
            return new MigrationOutcome(id, null, false, MigrationReasons.Unknown, null, []);
        }

        if (expectedRevision is { } revision && instance.Revision != revision)
        {
            return new MigrationOutcome(id, instance.RegistrationNumber, false, MigrationReasons.ChangedMeanwhile, null, []);
        }

        var state = EngineJson.Deserialize<ExecutionState>(instance.StateJson);
        var tasks = (await session.GetTasksOfInstanceAsync(id, cancellationToken).ConfigureAwait(false)).Where(t => t.Status == TaskStates.Open).ToList();
        var plan = planner.Plan(instance, state, tasks);
        if (!plan.CanMove)
        {
            return new MigrationOutcome(id, instance.RegistrationNumber, false, plan.Reason, plan.ReasonStep, []);
        }

        await MoveAsync(session, planner, instance, state, plan, actor, pipeline.Now, cancellationToken).ConfigureAwait(false);
        return new MigrationOutcome(id, instance.RegistrationNumber, true, null, null, plan.Views);
    }

    private async Task MoveAsync(
        IStoreSession session, MigrationPlanner planner, InstanceRecord instance, ExecutionState state, FilePlan plan, Actor actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        state.Bookmarks.Clear();
        state.Bookmarks.AddRange(plan.Moves.Select(m => m.Bookmark with { ActivityId = m.Target.Id }));
        foreach (var (join, arrivals) in state.JoinArrivals.ToList())
        {
            state.JoinArrivals.Remove(join);
            if (arrivals.Count > 0)
            {
                state.JoinArrivals[planner.Resolve(join).Target!.Id] = [.. arrivals.Select(a => planner.Resolve(a).Target!.Id)];
            }
        }

        foreach (var (step, outcome) in state.Outcomes.ToList())
        {
            state.Outcomes.Remove(step);
            state.Outcomes[planner.Resolve(step).Target?.Id ?? step] = outcome;
        }

        for (var i = 0; i < state.Clocks.Count; i++)
        {
            var clock = state.Clocks[i];
            var move = plan.Moves.FirstOrDefault(m => m.Bookmark.Id == clock.OwnerId);
            var step = move?.Target.Id ?? (clock.ActivityId is { } activity ? planner.Resolve(activity).Target?.Id ?? activity : null);
            state.Clocks[i] = Moved(clock, step, clock.Kind == ClockKinds.Task && move is not null ? HumanTaskActivity.ReadSpec(move.Target) : null);
        }

        foreach (var move in plan.Moves.Where(m => m.Task is not null))
        {
            await MoveTaskAsync(session, instance, state, move, actor, now, cancellationToken).ConfigureAwait(false);
        }

        var details = new JsonObject
        {
            ["fromVersion"] = planner.Command.FromVersion,
            ["toVersion"] = planner.Command.ToVersion,
            ["steps"] = new JsonObject(plan.Moves.Select(m => KeyValuePair.Create(m.Bookmark.ActivityId, (JsonNode?)m.Target.Id))),
        };
        await session.AppendAuditAsync(
            new AuditEvent(instance.Id, now, actor.Name, plan.Moves.Count == 1 ? plan.Moves[0].Target.Id : null, AuditEvents.Migrated, null,
                $"{planner.Command.FromVersion} → {planner.Command.ToVersion}", details.ToJsonString()),
            cancellationToken).ConfigureAwait(false);
        await session.UpdateInstanceAsync(
            instance with { DefinitionVersion = planner.Command.ToVersion, StateJson = EngineJson.Serialize(state), Revision = instance.Revision + 1, UpdatedAt = now },
            instance.Revision,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The open task takes its new step's definition; its deadline timers are written again for that step at the same due
    /// instant (the clock is unchanged, so <see cref="ClockService.ArmAsync"/> computes the same one).
    /// </summary>
    private async Task MoveTaskAsync(
        IStoreSession session, InstanceRecord instance, ExecutionState state, PlannedMove move, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var task = move.Task!;
        var spec = HumanTaskActivity.ReadSpec(move.Target);
        var kept = MigrationPlanner.KeepsAssignee(task, spec);
        var title = spec.Title is null ? move.Target.Name ?? move.Target.Id : spec.TitleIsScript ? task.Title : spec.Title;
        await session.UpdateTaskAsync(
            task with
            {
                ActivityId = move.Target.Id,
                Title = title,
                Office = spec.Office ?? string.Empty,
                Role = spec.Role ?? string.Empty,
                Assignee = kept ? task.Assignee : null,
                EscalatedToRole = kept ? task.EscalatedToRole : null,
                OutcomesJson = EngineJson.Serialize(spec.Outcomes),
                FormJson = EffectWriter.FormJson(spec),
            },
            cancellationToken).ConfigureAwait(false);
        if (!kept && task.Assignee is not null)
        {
            await session.AppendAuditAsync(
                new AuditEvent(instance.Id, now, actor.Name, move.Target.Id, AuditEvents.TaskReleased, null,
                    $"The step is for {spec.Role} at {spec.Office} in the new version; {task.Assignee} no longer holds it."),
                cancellationToken).ConfigureAwait(false);
        }

        if (state.Clocks.FirstOrDefault(c => c.Kind == ClockKinds.Task && c.OwnerId == task.Id) is { IsPaused: false, StoppedAt: null, ExpiredAt: null } clock)
        {
            var due = await clocks.ArmAsync(session, instance, clock, actor, now, cancellationToken).ConfigureAwait(false);
            await ClockService.SetTaskDueAsync(session, task.Id, due, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The clock as it was (start, days, pauses, due instant), now of <paramref name="step"/>; a task clock takes what happens at
    /// its deadline (reminder, escalation or automatic outcome) from the new step, which owns the outcomes.
    /// </summary>
    private static WorkingClock Moved(WorkingClock clock, string? step, HumanTaskSpec? spec) => new()
    {
        Kind = clock.Kind,
        Days = clock.Days,
        Zone = clock.Zone,
        StartedAt = clock.StartedAt,
        StartedBy = clock.StartedBy,
        ActivityId = step,
        OwnerId = clock.OwnerId,
        ReminderDaysBefore = spec is null ? clock.ReminderDaysBefore
            : spec.ReminderDaysBefore is > 0 and var before && before < clock.Days ? before : null,
        OnDeadline = spec is null ? clock.OnDeadline : spec.OnDeadline,
        EscalateTo = spec is null ? clock.EscalateTo : spec.EscalateTo,
        Pauses = clock.Pauses,
        DueAt = clock.DueAt,
        TimerId = clock.TimerId,
        Problem = clock.Problem,
        ExpiredAt = clock.ExpiredAt,
        StoppedAt = clock.StoppedAt,
    };
}
