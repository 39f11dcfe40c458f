namespace Mpp.Workflows.Engine.Runtime;

/// <summary><c>Elsa.Start</c>: where a submission enters the route.</summary>
public sealed class StartExecutor() : ActivityExecutor(ActivityTypes.Start)
{
    protected override void Enter(ActivityRun run, ActivityNode node, PendingToken token)
    {
        run.Follow(node, PortNames.Done);
    }
}
