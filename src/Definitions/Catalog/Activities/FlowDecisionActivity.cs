using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary><c>Elsa.FlowDecision</c>: continues through <c>True</c> or <c>False</c> depending on a condition over the application.</summary>
public sealed class FlowDecisionActivity : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        ActivityTypes.FlowDecision,
        "Keputusan ya/tidak",
        "Alur",
        "Memilih jalur Ya atau Tidak berdasarkan kondisi atas data permohonan.",
        [
            new InputDescriptor("condition", "Boolean", "Kondisi", "Code", Required: true, ExpressionType.JavaScript,
                "Ekspresi JavaScript, mis. application.luasLantai > 300 || application.fungsiBangunan != 'Hunian'.",
                Syntaxes: [ExpressionType.JavaScript, ExpressionType.Literal]),
        ],
        [new PortDescriptor(PortNames.True, "Ya"), new PortDescriptor(PortNames.False, "Tidak")],
        DynamicPortsInput: null,
        IsWaitState: false);

    public IReadOnlyList<string> GetOutboundPorts(ActivityNode node) => [PortNames.True, PortNames.False];

    public void Validate(ActivityNode node, string path, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        InputChecks.CheckCommon(node, Descriptor, path, context);
        InputChecks.CheckBoolean(node, "condition", path, context);
    }
}
