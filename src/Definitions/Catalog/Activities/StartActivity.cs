namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary><c>Elsa.Start</c>: the application was submitted and its receipt issued. Every flowchart has exactly one.</summary>
public sealed class StartActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new(
        ActivityTypes.Start,
        "Mulai",
        "Alur",
        "Permohonan diajukan dan tanda terima diterbitkan. Setiap alur memiliki tepat satu titik mulai.",
        [],
        [new PortDescriptor(PortNames.Done, "Selesai")]);
}
