using Mpp.Workflows.Definitions.Catalog.Activities;
using Mpp.Workflows.Engine.Runtime.Expressions;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Token-based interpretation of an <c>Elsa.Flowchart</c>. A run takes tokens (activity to enter, activity it came from),
/// executes activities until every token has either reached a wait state (task, applicant, timer), been absorbed by a join,
/// or the instance ended. What entering an activity does is its <see cref="IActivityExecutor"/>'s business. It mutates the
/// <see cref="ExecutionState"/> and reports side effects in <see cref="ExecutionEffects"/>; it performs no I/O.
/// </summary>
public sealed class FlowchartInterpreter(IExpressionEvaluator evaluator, ActivityExecutors executors)
{
    /// <summary>Guards against a flowchart that loops without waiting; the validator rejects such cycles up front.</summary>
    public const int MaxStepsPerRun = 10_000;

    /// <summary>An interpreter with the shipped executors.</summary>
    public FlowchartInterpreter(IExpressionEvaluator evaluator)
        : this(evaluator, ActivityExecutors.Default)
    {
    }

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
        new ActivityRun(flowchart, state, new LinkedList<PendingToken>(), scope, effects, evaluator).CancelAllWaits();
        return activityId is null ? effects : Run(flowchart, state, [new PendingToken(activityId, null)], scope, effects);
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

    /// <summary>The activities that outcome (port) <paramref name="port"/> of <paramref name="activityId"/> leads to next.</summary>
    public IReadOnlyList<ActivityNode> LeadsTo(Flowchart flowchart, string activityId, string port)
    {
        ArgumentNullException.ThrowIfNull(flowchart);
        return [.. flowchart.Outbound(activityId, port).Select(c => flowchart.Find(c.Target.Activity)).OfType<ActivityNode>()];
    }

    /// <summary>Whether outcome <paramref name="port"/> of <paramref name="activityId"/> goes straight back to the applicant.</summary>
    public bool ReturnsToApplicant(Flowchart flowchart, string activityId, string port) =>
        LeadsTo(flowchart, activityId, port).Any(n => executors.Find(n.Type)?.ReturnsToApplicant == true);

    /// <summary>
    /// Whether a person deciding <paramref name="outcome"/> of task <paramref name="activityId"/> must give a reason: the
    /// route names the outcome (<c>reasonRequiredFor</c>), or it leads, before anyone else decides, back to the applicant or
    /// to a refusal (a refusal letter or an end with result Rejected). Every branch of a decision counts, since which one
    /// the route takes is known only when it runs.
    /// </summary>
    public bool RequiresReason(Flowchart flowchart, string activityId, string outcome)
    {
        ArgumentNullException.ThrowIfNull(flowchart);
        if (flowchart.Find(activityId) is not { Type: ActivityTypes.HumanTask } task)
        {
            return false;
        }

        if (HumanTaskActivity.ReadSpec(task).ReasonRequiredFor.Contains(outcome, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var next = new Queue<ActivityNode>(LeadsTo(flowchart, activityId, outcome));
        while (next.TryDequeue(out var node))
        {
            if (!seen.Add(node.Id) || node.Type == ActivityTypes.HumanTask)
            {
                continue;
            }

            if (executors.Find(node.Type)?.ReturnsToApplicant == true
                || (node.Type == ActivityTypes.End && EndActivity.ReadResult(node) == EndActivity.Rejected)
                || (node.Type == ActivityTypes.IssueDocument && IssueDocumentActivity.ReadKind(node) == IssueDocumentActivity.Rejection))
            {
                return true;
            }

            foreach (var connection in flowchart.Connections.Where(c => c.Source.Activity == node.Id))
            {
                if (flowchart.Find(connection.Target.Activity) is { } target)
                {
                    next.Enqueue(target);
                }
            }
        }

        return false;
    }

    private ExecutionEffects Run(
        Flowchart flowchart, ExecutionState state, IEnumerable<PendingToken> tokens, Func<ExpressionScope> scope, ExecutionEffects effects)
    {
        ArgumentNullException.ThrowIfNull(flowchart);
        ArgumentNullException.ThrowIfNull(state);
        var queue = new LinkedList<PendingToken>(tokens);
        var runEvaluator = ExpressionAnswers.Current is { } answers
            ? answers.Replaying(evaluator, Rehearsal(flowchart, state, queue, scope))
            : evaluator;
        return Run(new ActivityRun(flowchart, state, queue, scope, effects, runEvaluator));
    }

    /// <summary>
    /// The same run from the same starting state, on a copy, to be repeated outside the write transaction when the locked
    /// run needs answers (<see cref="ExpressionAnswers"/>). Within a run the scope does not change: only a decision sets outcomes.
    /// </summary>
    private Action<IExpressionEvaluator> Rehearsal(Flowchart flowchart, ExecutionState state, IEnumerable<PendingToken> tokens, Func<ExpressionScope> scope)
    {
        var startingState = EngineJson.Serialize(state);
        PendingToken[] startingTokens = [.. tokens];
        return recording =>
        {
            var fixedScope = scope();
            Run(new ActivityRun(
                flowchart, EngineJson.Deserialize<ExecutionState>(startingState), new LinkedList<PendingToken>(startingTokens), () => fixedScope,
                new ExecutionEffects(), recording));
        };
    }

    private ExecutionEffects Run(ActivityRun run)
    {
        var flowchart = run.Flowchart;
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

            run.Effects.Entered.Add(first);
            try
            {
                var executor = executors.Find(node.Type) ?? throw new ExpressionEvaluationException($"Unknown activity type '{node.Type}'.");
                executor.Execute(run, node, first);
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

    private static void Fault(ActivityRun run, PendingToken token, string message)
    {
        var pending = new List<PendingToken> { token };
        pending.AddRange(run.Queue);
        run.Queue.Clear();
        run.Effects.Fault = new ExecutionFault(token.ActivityId, message, default, pending, ApplicationStatuses.InProgress);
    }
}
