using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary><c>Elsa.FlowDecision</c>: continues through <c>True</c> or <c>False</c> depending on a condition over the application.</summary>
public sealed class FlowDecisionActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new(
        ActivityTypes.FlowDecision,
        "Keputusan ya/tidak",
        "Alur",
        "Memilih jalur Ya atau Tidak berdasarkan kondisi atas data permohonan.",
        [
            new InputDescriptor("condition", "Boolean", "Kondisi", "Code", Required: true, ExpressionType.JavaScript,
                "Ekspresi JavaScript, mis. application.luasLantai > 300 || application.fungsiBangunan != 'Hunian'.",
                Syntaxes: [ExpressionType.JavaScript, ExpressionType.Literal]),
        ],
        [new PortDescriptor(PortNames.True, "Ya"), new PortDescriptor(PortNames.False, "Tidak")]);

    protected override void ValidateInputs(ActivityNode node, string path, ValidationContext context)
    {
        InputChecks.CheckBoolean(node, "condition", path, context);
    }
}
