using Mpp.Workflows.Engine.Runtime.Expressions;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>One interpreter run as an executor sees it: the flowchart, the state it mutates, the queued tokens and the effects.</summary>
public sealed class ActivityRun
{
    private readonly Func<ExpressionScope> _scope;
    private readonly IExpressionEvaluator _evaluator;

    internal ActivityRun(
        Flowchart flowchart, ExecutionState state, LinkedList<PendingToken> queue, Func<ExpressionScope> scope, ExecutionEffects effects,
        IExpressionEvaluator evaluator)
    {
        Flowchart = flowchart;
        State = state;
        Queue = queue;
        Effects = effects;
        _scope = scope;
        _evaluator = evaluator;
    }

    public Flowchart Flowchart { get; }

    public ExecutionState State { get; }

    /// <summary>Tokens waiting to be run in this run, first first.</summary>
    public LinkedList<PendingToken> Queue { get; }

    public ExecutionEffects Effects { get; }

    public bool EvaluateBoolean(string source) => _evaluator.EvaluateBoolean(source, _scope());

    public string? EvaluateString(string source) => _evaluator.EvaluateString(source, _scope());

    /// <summary>Queues a token for every connection leaving <paramref name="port"/> of <paramref name="node"/>.</summary>
    public void Follow(ActivityNode node, string port)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var connection in Flowchart.Outbound(node.Id, port))
        {
            Queue.AddLast(new PendingToken(connection.Target.Activity, node.Id));
        }
    }

    /// <summary>Abandons a wait: its task or timer is cancelled.</summary>
    public void CancelBookmark(Bookmark bookmark)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        State.Bookmarks.Remove(bookmark);
        switch (bookmark.Kind)
        {
            case BookmarkKinds.Task:
                Effects.CancelledTasks.Add(bookmark.Id);
                break;
            case BookmarkKinds.Timer:
                Effects.CancelledTimers.Add(bookmark.Id);
                break;
            default:
                break;
        }

        Effects.Trace.Add(new(bookmark.ActivityId, AuditEvents.Cancelled, null, bookmark.Kind));
    }

    /// <summary>Abandons every wait and every join's arrivals.</summary>
    public void CancelAllWaits()
    {
        foreach (var bookmark in State.Bookmarks.ToList())
        {
            CancelBookmark(bookmark);
        }

        State.JoinArrivals.Clear();
    }

    /// <summary>The value of a JavaScript input, or null when the input is not a script.</summary>
    public static string? Script(ActivityNode node, string input)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.GetExpression(input) is { Value: { } value } && value.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? value.GetValue<string>()
            : null;
    }
}
