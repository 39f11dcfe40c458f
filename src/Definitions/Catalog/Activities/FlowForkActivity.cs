using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary><c>Elsa.FlowFork</c>: starts every branch at once, e.g. parallel reviews by several agencies.</summary>
public sealed class FlowForkActivity() : ActivityType(ActivityTypes.FlowFork)
{
    public override IReadOnlyList<string> GetOutboundPorts(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.GetStringList("branches");
    }

    protected override void ValidateInputs(ActivityNode node, string path, ValidationContext context)
    {
        if (InputChecks.CheckNames(node, "branches", path, context) is { Count: < 2 })
        {
            context.Add(InputChecks.PathOf(path, "branches"), ValidationCodes.ForkTooFewBranches, "A fork needs at least two branches; for one, connect the next activity directly.");
        }
    }
}
