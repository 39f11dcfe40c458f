using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Definitions.Catalog.Activities;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The step mapping of one migration and what it means for a file, with no I/O: each step of the old version becomes the
/// step chosen for it, else the new version's step of the same id and kind, else none. A file moves only when every point
/// where it waits has a counterpart, no two of its parallel branches land on one step, and every join it has partly reached
/// is a join of the new version fed by the counterparts of the branches that arrived.
/// </summary>
internal sealed class MigrationPlanner
{
    /// <summary>The kinds of step a file can wait at (a bookmark or a join's arrivals).</summary>
    public static readonly IReadOnlySet<string> WaitingTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        ActivityTypes.HumanTask, ActivityTypes.ApplicantRevision, ActivityTypes.Delay, ActivityTypes.FlowJoin,
    };

    private readonly IReadOnlyDictionary<string, string?> _chosen;

    private MigrationPlanner(MigrationCommand command, WorkflowDefinition from, WorkflowDefinition to, IReadOnlyDictionary<string, string?> chosen)
    {
        Command = command;
        From = from;
        To = to;
        _chosen = chosen;
    }

    /// <summary>The route and versions (the store's numbers: a document's own <c>version</c> may lag behind).</summary>
    public MigrationCommand Command { get; }

    public WorkflowDefinition From { get; }

    public WorkflowDefinition To { get; }

    /// <summary>Checks the chosen steps (400 with an error per wrong entry) and builds the planner.</summary>
    public static MigrationPlanner Create(MigrationCommand command, WorkflowDefinition from, WorkflowDefinition to)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var chosen = new Dictionary<string, string?>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (step, target) in command.Mapping ?? new Dictionary<string, string?>())
        {
            var key = $"mapping.{ApplicationDataValidator.Printable(step)}";
            var source = from.Root.Find(step);
            var counterpart = string.IsNullOrEmpty(target) ? null : to.Root.Find(target);
            if (source is null)
            {
                errors[key] = [$"Version {command.FromVersion} has no step '{ApplicationDataValidator.Printable(step)}'."];
            }
            else if (!string.IsNullOrEmpty(target) && counterpart is null)
            {
                errors[key] = [$"Version {command.ToVersion} has no step '{ApplicationDataValidator.Printable(target)}'."];
            }
            else if (counterpart is not null && counterpart.Type != source.Type)
            {
                errors[key] = [$"A step moves only to a step of the same kind: '{step}' is {source.Type}, '{counterpart.Id}' is {counterpart.Type}."];
            }
            else
            {
                chosen[step] = counterpart?.Id;
            }
        }

        if (errors.Count > 0)
        {
            throw CommandErrors.Invalid("The step mapping is not valid", errors);
        }

        return new MigrationPlanner(command, from, to, chosen);
    }

    /// <summary>The new version's step for <paramref name="stepId"/> of the old one, or why there is none.</summary>
    public (ActivityNode? Target, string? Problem) Resolve(string stepId)
    {
        if (_chosen.TryGetValue(stepId, out var chosen))
        {
            return chosen is null ? (null, MigrationReasons.NoCounterpart) : (To.Root.Find(chosen), null);
        }

        var source = From.Root.Find(stepId);
        return To.Root.Find(stepId) switch
        {
            null => (null, MigrationReasons.NoCounterpart),
            { } same when source is null || same.Type == source.Type => (same, null),
            _ => (null, MigrationReasons.KindChanged),
        };
    }

    /// <summary>The old version's waiting steps and where each goes.</summary>
    public IReadOnlyList<MigrationStep> Steps() =>
    [
        .. From.Root.Activities.Where(a => WaitingTypes.Contains(a.Type)).Select(a => new MigrationStep(
            Ref(a), a.Type, Resolve(a.Id).Target is { } target ? Ref(target) : null, _chosen.ContainsKey(a.Id),
            [.. To.Root.Activities.Where(c => c.Type == a.Type).Select(Ref)])),
    ];

    /// <summary>Where the file would land, or the first reason it cannot move.</summary>
    public FilePlan Plan(InstanceRecord instance, ExecutionState state, IReadOnlyList<TaskRecord> openTasks)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(state);
        if (instance.Status == ApplicationStatuses.Completed)
        {
            return FilePlan.Blocked(MigrationReasons.Finished, null);
        }

        if (instance.Status == ApplicationStatuses.Faulted)
        {
            return FilePlan.Blocked(MigrationReasons.Faulted, null);
        }

        if (instance.DefinitionId != Command.DefinitionId || instance.DefinitionVersion != Command.FromVersion)
        {
            return FilePlan.Blocked(MigrationReasons.NotOnVersion, null);
        }

        var moves = new List<(Bookmark Bookmark, ActivityNode Target)>();
        foreach (var bookmark in state.Bookmarks)
        {
            var (target, problem) = Resolve(bookmark.ActivityId);
            if (target is null)
            {
                return FilePlan.Blocked(problem!, StepOf(bookmark.ActivityId));
            }

            moves.Add((bookmark, target));
        }

        if (moves.GroupBy(m => m.Target.Id).FirstOrDefault(g => g.Count() > 1) is { } crowded)
        {
            return FilePlan.Blocked(MigrationReasons.ParallelBranches, StepOf(crowded.First().Bookmark.ActivityId));
        }

        foreach (var (join, arrivals) in state.JoinArrivals.Where(j => j.Value.Count > 0))
        {
            if (Resolve(join).Target is not { Type: ActivityTypes.FlowJoin } target
                || !arrivals.All(a => Resolve(a).Target is { } arrived && To.Root.Inbound(target.Id).Any(c => c.Source.Activity == arrived.Id)))
            {
                return FilePlan.Blocked(MigrationReasons.ParallelBranches, StepOf(join));
            }
        }

        return new FilePlan(null, null, [.. moves.Select(m => Move(m.Bookmark, m.Target, openTasks))]);
    }

    /// <summary>Whether an open task keeps its assignee at its new step: the same office and role still decide it.</summary>
    public static bool KeepsAssignee(TaskRecord task, HumanTaskSpec target)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(target);
        return string.Equals(task.Office, target.Office, StringComparison.OrdinalIgnoreCase)
            && string.Equals(task.Role, target.Role, StringComparison.OrdinalIgnoreCase);
    }

    private PlannedMove Move(Bookmark bookmark, ActivityNode target, IReadOnlyList<TaskRecord> openTasks)
    {
        var task = bookmark.Kind == BookmarkKinds.Task ? openTasks.FirstOrDefault(t => t.Id == bookmark.Id) : null;
        var kept = task?.Assignee is not null && KeepsAssignee(task, HumanTaskActivity.ReadSpec(target));
        return new PlannedMove(bookmark, target, task, new MigrationMove(StepOf(bookmark.ActivityId), Ref(target), bookmark.Kind, task?.Assignee, kept));
    }

    private MigrationStepRef StepOf(string id) => From.Root.Find(id) is { } node ? Ref(node) : new MigrationStepRef(id, null);

    private static MigrationStepRef Ref(ActivityNode node) => new(node.Id, node.Name);
}

/// <summary>One waiting point of a file and the step it lands on (with its open task, if it is one).</summary>
internal sealed record PlannedMove(Bookmark Bookmark, ActivityNode Target, TaskRecord? Task, MigrationMove View);

/// <summary>A file's plan: its moves, or the reason (and step) it cannot move.</summary>
internal sealed record FilePlan(string? Reason, MigrationStepRef? ReasonStep, IReadOnlyList<PlannedMove> Moves)
{
    public bool CanMove => Reason is null;

    public IReadOnlyList<MigrationMove> Views => [.. Moves.Select(m => m.View)];

    public static FilePlan Blocked(string reason, MigrationStepRef? step) => new(reason, step, []);
}
