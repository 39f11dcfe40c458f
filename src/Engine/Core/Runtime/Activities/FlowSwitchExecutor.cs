using Mpp.Workflows.Definitions.Catalog.Activities;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary><c>Elsa.FlowSwitch</c>: follows the first case whose condition holds, else <c>Default</c>.</summary>
public sealed class FlowSwitchExecutor() : ActivityExecutor(ActivityTypes.FlowSwitch)
{
    protected override void Enter(ActivityRun run, ActivityNode node, PendingToken token)
    {
        var label = FlowSwitchActivity.ReadCases(node).FirstOrDefault(c => run.EvaluateBoolean(c.Condition))?.Label ?? "Default";
        run.Effects.Trace.Add(new(node.Id, AuditEvents.Decided, label));
        run.Follow(node, label);
    }
}
