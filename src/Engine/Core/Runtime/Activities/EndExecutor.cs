using Mpp.Workflows.Definitions.Catalog.Activities;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary><c>Elsa.End</c>: abandons every other wait and ends the application with the node's result.</summary>
public sealed class EndExecutor() : ActivityExecutor(ActivityTypes.End)
{
    protected override void Enter(ActivityRun run, ActivityNode node, PendingToken token)
    {
        foreach (var bookmark in run.State.Bookmarks.ToList())
        {
            run.CancelBookmark(bookmark);
        }

        run.Queue.Clear();
        run.State.JoinArrivals.Clear();
        run.Effects.Result = EndActivity.ReadResult(node) ?? ApplicationResults.Approved;
        run.Effects.Trace.Add(new(node.Id, AuditEvents.Ended, run.Effects.Result));
    }
}
