namespace Mpp.Workflows.Engine.Runtime;

/// <summary><c>Elsa.Start</c>: where a submission enters the route.</summary>
public sealed class StartExecutor : IActivityExecutor
{
    public string Type => ActivityTypes.Start;

    public void Execute(ActivityRun run, ActivityNode node, PendingToken token)
    {
        ArgumentNullException.ThrowIfNull(run);
        run.Follow(node, PortNames.Done);
    }
}
