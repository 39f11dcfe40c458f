namespace Mpp.Workflows.Engine.Runtime;

/// <summary><c>Elsa.FlowDecision</c>: follows <c>True</c> or <c>False</c> as its condition says.</summary>
public sealed class FlowDecisionExecutor() : ActivityExecutor(ActivityTypes.FlowDecision)
{
    protected override void Enter(ActivityRun run, ActivityNode node, PendingToken token)
    {
        var condition = ActivityRun.Script(node, "condition") ?? "false";
        var decision = run.EvaluateBoolean(condition) ? "True" : "False";
        run.Effects.Trace.Add(new(node.Id, AuditEvents.Decided, decision));
        run.Follow(node, decision);
    }
}
