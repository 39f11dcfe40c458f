using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary><c>Elsa.FlowDecision</c>: continues through <c>True</c> or <c>False</c> depending on a condition over the application.</summary>
public sealed class FlowDecisionActivity() : ActivityType(ActivityTypes.FlowDecision)
{
    protected override void ValidateInputs(ActivityNode node, string path, ValidationContext context)
    {
        InputChecks.CheckBoolean(node, "condition", path, context);
    }
}
