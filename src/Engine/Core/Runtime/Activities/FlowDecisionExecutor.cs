namespace Mpp.Workflows.Engine.Runtime;

/// <summary><c>Elsa.FlowDecision</c>: follows <c>True</c> or <c>False</c> as its condition says.</summary>
public sealed class FlowDecisionExecutor : IActivityExecutor
{
    public string Type => ActivityTypes.FlowDecision;

    public void Execute(ActivityRun run, ActivityNode node, PendingToken token)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(node);
        var condition = ActivityRun.Script(node, "condition") ?? "false";
        var decision = run.EvaluateBoolean(condition) ? "True" : "False";
        run.Effects.Trace.Add(new(node.Id, AuditEvents.Decided, decision));
        run.Follow(node, decision);
    }
}
