using Mpp.Workflows.Definitions.Catalog.Activities;
using Mpp.Workflows.Definitions.Model;
using Mpp.Workflows.Engine.Model;
using Mpp.Workflows.Engine.Runtime.Expressions;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Token-based interpretation of an <c>Elsa.Flowchart</c>. A run takes tokens (activity to enter, activity it came from),
/// executes activities until every token has either reached a wait state (task, applicant, timer), been absorbed by a join,
/// or the instance ended. It mutates the <see cref="ExecutionState"/> and reports side effects in
/// <see cref="ExecutionEffects"/>; it performs no I/O.
/// </summary>
public sealed class FlowchartInterpreter(IExpressionEvaluator evaluator)
{
    /// <summary>Guards against a flowchart that loops without waiting; the validator rejects such cycles up front.</summary>
    public const int MaxStepsPerRun = 10_000;

    /// <summary>Runs from the given tokens.</summary>
    public ExecutionEffects Run(Flowchart flowchart, ExecutionState state, IEnumerable<PendingToken> tokens, Func<ExpressionScope> scope) =>
        Run(flowchart, state, tokens, scope, new ExecutionEffects());

    /// <summary>
    /// Abandons every wait (tasks, revisions, timers, joins) and continues from <paramref name="activityId"/> (when given):
    /// how a deemed approval takes the file straight to its permit path.
    /// </summary>
    public ExecutionEffects Jump(Flowchart flowchart, ExecutionState state, string? activityId, Func<ExpressionScope> scope)
    {
        ArgumentNullException.ThrowIfNull(flowchart);
        ArgumentNullException.ThrowIfNull(state);
        var effects = new ExecutionEffects();
        var abandon = new RunContext(flowchart, state, new LinkedList<PendingToken>(), scope, effects);
        foreach (var bookmark in state.Bookmarks.ToList())
        {
            CancelBookmark(abandon, bookmark);
        }

        state.JoinArrivals.Clear();
        return activityId is null ? effects : Run(flowchart, state, [new PendingToken(activityId, null)], scope, effects);
    }

    private ExecutionEffects Run(
        Flowchart flowchart, ExecutionState state, IEnumerable<PendingToken> tokens, Func<ExpressionScope> scope, ExecutionEffects effects)
    {
        ArgumentNullException.ThrowIfNull(flowchart);
        ArgumentNullException.ThrowIfNull(state);
        var run = new RunContext(flowchart, state, new LinkedList<PendingToken>(tokens), scope, effects);
        var steps = 0;
        while (run.Queue.First?.Value is { } first)
        {
            run.Queue.RemoveFirst();
            if (++steps > MaxStepsPerRun)
            {
                Fault(run, first, $"More than {MaxStepsPerRun} activities ran without waiting: the flowchart loops.");
                break;
            }

            var node = flowchart.Find(first.ActivityId);
            if (node is null)
            {
                Fault(run, first, $"Activity '{first.ActivityId}' does not exist in this definition version.");
                break;
            }

            try
            {
                Execute(run, node, first);
            }
            catch (ExpressionEvaluationException e)
            {
                Fault(run, first, $"{node.Type} '{node.Id}': {e.Message}");
                break;
            }

            if (run.Effects.Result is not null)
            {
                break;
            }
        }

        return run.Effects;
    }

    /// <summary>Continues from a bookmark through <paramref name="port"/> and removes the bookmark.</summary>
    public ExecutionEffects Resume(Flowchart flowchart, ExecutionState state, Bookmark bookmark, string port, Func<ExpressionScope> scope)
    {
        ArgumentNullException.ThrowIfNull(flowchart);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(bookmark);
        state.Bookmarks.RemoveAll(b => b.Id == bookmark.Id);
        var tokens = flowchart.Outbound(bookmark.ActivityId, port).Select(c => new PendingToken(c.Target.Activity, bookmark.ActivityId)).ToList();
        return Run(flowchart, state, tokens, scope);
    }

    private void Execute(RunContext run, ActivityNode node, PendingToken token)
    {
        switch (node.Type)
        {
            case ActivityTypes.Start:
                Follow(run, node, "Done");
                break;
            case ActivityTypes.HumanTask:
                OpenTask(run, node);
                break;
            case ActivityTypes.ApplicantRevision:
                run.State.RevisionReasons = ReadReasons(run, node);
                var revision = new Bookmark(Guid.NewGuid(), node.Id, BookmarkKinds.ApplicantRevision);
                run.State.Bookmarks.Add(revision);
                run.Effects.Revisions.Add(new(revision.Id, node));
                run.Effects.ReturnedToApplicant = true;
                run.Effects.Trace.Add(new(node.Id, AuditEvents.ReturnedToApplicant, null, run.State.RevisionReasons));
                break;
            case ActivityTypes.FlowDecision:
                var condition = Script(node, "condition") ?? "false";
                var decision = evaluator.EvaluateBoolean(condition, run.Scope()) ? "True" : "False";
                run.Effects.Trace.Add(new(node.Id, AuditEvents.Decided, decision));
                Follow(run, node, decision);
                break;
            case ActivityTypes.FlowSwitch:
                var label = FlowSwitchActivity.ReadCases(node).FirstOrDefault(c => evaluator.EvaluateBoolean(c.Condition, run.Scope()))?.Label ?? "Default";
                run.Effects.Trace.Add(new(node.Id, AuditEvents.Decided, label));
                Follow(run, node, label);
                break;
            case ActivityTypes.FlowFork:
                foreach (var branch in node.GetStringList("branches"))
                {
                    Follow(run, node, branch);
                }

                break;
            case ActivityTypes.FlowJoin:
                Join(run, node, token);
                break;
            case ActivityTypes.IssueDocument:
                run.Effects.Documents.Add(new(node));
                run.Effects.Trace.Add(new(node.Id, AuditEvents.DocumentRequested, IssueDocumentActivity.ReadKind(node)));
                Follow(run, node, "Done");
                break;
            case ActivityTypes.SendEmail:
                run.Effects.Emails.Add(new(node));
                run.Effects.Trace.Add(new(node.Id, AuditEvents.EmailQueued, null));
                Follow(run, node, "Done");
                break;
            case ActivityTypes.Delay:
                var delay = DelayActivity.ReadTimeSpan(node) ?? TimeSpan.Zero;
                var timerId = Guid.NewGuid();
                run.State.Bookmarks.Add(new Bookmark(timerId, node.Id, BookmarkKinds.Timer));
                run.Effects.NewTimers.Add(new(timerId, node.Id, delay));
                run.Effects.Trace.Add(new(node.Id, AuditEvents.TimerStarted, null, delay.ToString("c", System.Globalization.CultureInfo.InvariantCulture)));
                break;
            case ActivityTypes.End:
                End(run, node);
                break;
            default:
                throw new ExpressionEvaluationException($"Unknown activity type '{node.Type}'.");
        }
    }

    private void OpenTask(RunContext run, ActivityNode node)
    {
        var spec = HumanTaskActivity.ReadSpec(node);
        var title = spec.Title is null ? node.Name ?? node.Id
            : spec.TitleIsScript ? evaluator.EvaluateString(spec.Title, run.Scope()) ?? node.Name ?? node.Id
            : spec.Title;
        var taskId = Guid.NewGuid();
        run.State.Bookmarks.Add(new Bookmark(taskId, node.Id, BookmarkKinds.Task));
        run.Effects.NewTasks.Add(new(taskId, node, spec, title));
        run.Effects.Trace.Add(new(node.Id, AuditEvents.TaskCreated, null, spec.Office));
    }

    private string? ReadReasons(RunContext run, ActivityNode node) => node.GetExpression("reasons") switch
    {
        { Type: ExpressionType.JavaScript, Value: { } source } => evaluator.EvaluateString(source.GetValue<string>(), run.Scope()),
        { Type: ExpressionType.Literal } => node.GetLiteralString("reasons"),
        _ => run.State.LastComment,
    };

    private static string? Script(ActivityNode node, string input) =>
        node.GetExpression(input) is { Value: { } value } && value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : null;

    private static void Join(RunContext run, ActivityNode join, PendingToken token)
    {
        var arrivals = run.State.JoinArrivals.TryGetValue(join.Id, out var list) ? list : run.State.JoinArrivals[join.Id] = [];
        var from = token.FromActivityId ?? string.Empty;
        if (!arrivals.Contains(from))
        {
            arrivals.Add(from);
        }

        var inbound = run.Flowchart.Inbound(join.Id).Select(c => c.Source.Activity).Distinct().ToList();
        var mode = FlowJoinActivity.ReadMode(join);
        if (mode == JoinMode.WaitAny)
        {
            CancelBranchesLeadingTo(run, join.Id);
        }
        else if (!inbound.All(arrivals.Contains))
        {
            run.Effects.Trace.Add(new(join.Id, AuditEvents.JoinWaiting, null, $"{arrivals.Count}/{inbound.Count}"));
            return;
        }

        run.State.JoinArrivals.Remove(join.Id);
        run.Effects.Trace.Add(new(join.Id, AuditEvents.Joined, mode.ToString()));
        Follow(run, join, "Done");
    }

    /// <summary>
    /// WaitAny: everything still on its way to the join (open tasks, revisions, timers and queued tokens that can reach it
    /// without passing through it) is cancelled.
    /// </summary>
    private static void CancelBranchesLeadingTo(RunContext run, string joinId)
    {
        var feeding = ActivitiesReaching(run.Flowchart, joinId);
        foreach (var bookmark in run.State.Bookmarks.Where(b => feeding.Contains(b.ActivityId)).ToList())
        {
            CancelBookmark(run, bookmark);
        }

        for (var node = run.Queue.First; node is not null;)
        {
            var next = node.Next;
            if (feeding.Contains(node.Value.ActivityId) || node.Value.ActivityId == joinId)
            {
                run.Queue.Remove(node);
            }

            node = next;
        }
    }

    private static HashSet<string> ActivitiesReaching(Flowchart flowchart, string targetId)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([targetId]);
        while (stack.TryPop(out var current))
        {
            foreach (var connection in flowchart.Inbound(current))
            {
                if (connection.Source.Activity != targetId && result.Add(connection.Source.Activity))
                {
                    stack.Push(connection.Source.Activity);
                }
            }
        }

        return result;
    }

    private static void End(RunContext run, ActivityNode node)
    {
        foreach (var bookmark in run.State.Bookmarks.ToList())
        {
            CancelBookmark(run, bookmark);
        }

        run.Queue.Clear();
        run.State.JoinArrivals.Clear();
        run.Effects.Result = EndActivity.ReadResult(node) ?? ApplicationResults.Approved;
        run.Effects.Trace.Add(new(node.Id, AuditEvents.Ended, run.Effects.Result));
    }

    private static void CancelBookmark(RunContext run, Bookmark bookmark)
    {
        run.State.Bookmarks.Remove(bookmark);
        switch (bookmark.Kind)
        {
            case BookmarkKinds.Task:
                run.Effects.CancelledTasks.Add(bookmark.Id);
                break;
            case BookmarkKinds.Timer:
                run.Effects.CancelledTimers.Add(bookmark.Id);
                break;
            default:
                break;
        }

        run.Effects.Trace.Add(new(bookmark.ActivityId, AuditEvents.Cancelled, null, bookmark.Kind));
    }

    private static void Follow(RunContext run, ActivityNode node, string port)
    {
        foreach (var connection in run.Flowchart.Outbound(node.Id, port))
        {
            run.Queue.AddLast(new PendingToken(connection.Target.Activity, node.Id));
        }
    }

    private static void Fault(RunContext run, PendingToken token, string message)
    {
        var pending = new List<PendingToken> { token };
        pending.AddRange(run.Queue);
        run.Queue.Clear();
        run.Effects.Fault = new ExecutionFault(token.ActivityId, message, default, pending, ApplicationStatuses.InProgress);
    }

    private sealed record RunContext(
        Flowchart Flowchart,
        ExecutionState State,
        LinkedList<PendingToken> Queue,
        Func<ExpressionScope> Scope,
        ExecutionEffects Effects);
}
