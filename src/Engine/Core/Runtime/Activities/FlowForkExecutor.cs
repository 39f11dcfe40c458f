namespace Mpp.Workflows.Engine.Runtime;

/// <summary><c>Elsa.FlowFork</c>: a token down every branch.</summary>
public sealed class FlowForkExecutor() : ActivityExecutor(ActivityTypes.FlowFork)
{
    protected override void Enter(ActivityRun run, ActivityNode node, PendingToken token)
    {
        foreach (var branch in node.GetStringList("branches"))
        {
            run.Follow(node, branch);
        }
    }
}
