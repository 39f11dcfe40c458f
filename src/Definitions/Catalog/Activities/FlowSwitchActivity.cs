using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary>
/// <c>Elsa.FlowSwitch</c>: continues through the first case whose condition holds, or through <c>Default</c> when none does.
/// </summary>
public sealed class FlowSwitchActivity() : ActivityType(ActivityTypes.FlowSwitch)
{
    public override IReadOnlyList<string> GetOutboundPorts(ActivityNode node) => [.. Labels(node), PortNames.Default];

    protected override void ValidateInputs(ActivityNode node, string path, ValidationContext context)
    {
        if (InputChecks.IsMissing(node, "cases"))
        {
            return;
        }

        var casesPath = InputChecks.PathOf(path, "cases");
        if (node.GetObject("cases") is not JsonArray cases)
        {
            context.Add(casesPath, "'cases' must be a list of {\"label\": …, \"condition\": …}.");
            return;
        }

        if (cases.Count == 0)
        {
            context.Add(casesPath, ValidationCodes.SwitchWithoutCases, "A switch needs at least one case.");
        }

        var labels = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var casePath = JsonPaths.Index(casesPath, i);
            if (cases[i] is not JsonObject item)
            {
                context.Add(casePath, "A case must be an object {\"label\": …, \"condition\": …}.");
                continue;
            }

            var label = JsonNodes.AsString(JsonNodes.Get(item, "label"));
            if (string.IsNullOrWhiteSpace(label))
            {
                context.Add(JsonPaths.Property(casePath, "label"), "A case needs a label (its port name).");
            }
            else if (string.Equals(label, PortNames.Default, StringComparison.OrdinalIgnoreCase))
            {
                context.Add(JsonPaths.Property(casePath, "label"),
                    $"'{PortNames.Default}' is the port taken when no case matches; give the case another label.");
            }
            else if (labels.Contains(label, StringComparer.OrdinalIgnoreCase))
            {
                context.Add(JsonPaths.Property(casePath, "label"), $"Label '{label}' is used by an earlier case.");
            }
            else
            {
                labels.Add(label);
            }

            var condition = JsonNodes.AsString(JsonNodes.Get(item, "condition"));
            if (string.IsNullOrWhiteSpace(condition))
            {
                context.Add(JsonPaths.Property(casePath, "condition"), "A case needs a condition (a JavaScript expression).");
            }
            else
            {
                InputChecks.CheckScript(condition, JsonPaths.Property(casePath, "condition"), context);
            }
        }
    }

    /// <summary>The cases in order, for the engine; entries without a label or a condition are left out.</summary>
    public static IReadOnlyList<SwitchCase> ReadCases(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Cases(node)
            .Select(item => (
                Label: JsonNodes.AsString(JsonNodes.Get(item, "label")),
                Condition: JsonNodes.AsString(JsonNodes.Get(item, "condition"))))
            .Where(item => !string.IsNullOrWhiteSpace(item.Label) && !string.IsNullOrWhiteSpace(item.Condition))
            .Select(item => new SwitchCase(item.Label!, item.Condition!))
            .ToList();
    }

    private static IEnumerable<string> Labels(ActivityNode node) =>
        Cases(node)
            .Select(item => JsonNodes.AsString(JsonNodes.Get(item, "label")))
            .OfType<string>()
            .Where(label => !string.IsNullOrWhiteSpace(label) && !string.Equals(label, PortNames.Default, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<JsonObject> Cases(ActivityNode node) => node.GetObject("cases") is JsonArray cases ? cases.OfType<JsonObject>() : [];
}
