namespace Mpp.Workflows.Engine.Runtime;

/// <summary><c>Elsa.FlowFork</c>: a token down every branch.</summary>
public sealed class FlowForkExecutor : IActivityExecutor
{
    public string Type => ActivityTypes.FlowFork;

    public void Execute(ActivityRun run, ActivityNode node, PendingToken token)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(node);
        foreach (var branch in node.GetStringList("branches"))
        {
            run.Follow(node, branch);
        }
    }
}
