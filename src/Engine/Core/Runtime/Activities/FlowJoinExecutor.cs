using Mpp.Workflows.Definitions.Catalog.Activities;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary><c>Elsa.FlowJoin</c>: WaitAll waits for every inbound activity; WaitAny goes on at the first and cancels the rest.</summary>
public sealed class FlowJoinExecutor() : ActivityExecutor(ActivityTypes.FlowJoin)
{
    protected override void Enter(ActivityRun run, ActivityNode node, PendingToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var arrivals = run.State.JoinArrivals.TryGetValue(node.Id, out var list) ? list : run.State.JoinArrivals[node.Id] = [];
        var from = token.FromActivityId ?? string.Empty;
        if (!arrivals.Contains(from))
        {
            arrivals.Add(from);
        }

        var inbound = run.Flowchart.Inbound(node.Id).Select(c => c.Source.Activity).Distinct().ToList();
        var mode = FlowJoinActivity.ReadMode(node);
        if (mode == JoinMode.WaitAny)
        {
            CancelBranchesLeadingTo(run, node.Id);
        }
        else if (!inbound.All(arrivals.Contains))
        {
            run.Effects.Trace.Add(new(node.Id, AuditEvents.JoinWaiting, null, $"{arrivals.Count}/{inbound.Count}"));
            return;
        }

        run.State.JoinArrivals.Remove(node.Id);
        run.Effects.Trace.Add(new(node.Id, AuditEvents.Joined, mode.ToString()));
        run.Follow(node, PortNames.Done);
    }

    /// <summary>
    /// WaitAny: everything still on its way to the join (open tasks, revisions, timers and queued tokens that can reach it
    /// without passing through it) is cancelled.
    /// </summary>
    private static void CancelBranchesLeadingTo(ActivityRun run, string joinId)
    {
        var feeding = ActivitiesReaching(run.Flowchart, joinId);
        foreach (var bookmark in run.State.Bookmarks.Where(b => feeding.Contains(b.ActivityId)).ToList())
        {
            run.CancelBookmark(bookmark);
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
}
