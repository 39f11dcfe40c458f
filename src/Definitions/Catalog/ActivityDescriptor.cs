namespace Mpp.Workflows.Definitions.Catalog;

/// <summary>What the designer and the validator know about an activity type.</summary>
/// <param name="Type">Type name, e.g. <c>Mpp.HumanTask</c>.</param>
/// <param name="DisplayName">Palette label.</param>
/// <param name="Category">Palette group.</param>
/// <param name="Description">Tooltip text.</param>
/// <param name="Inputs">Editable inputs.</param>
/// <param name="Ports">Fixed outbound ports. A node may have more, named by an input (see <paramref name="DynamicPortsInput"/>): a switch has
/// <c>Default</c> here and one port per case.</param>
/// <param name="DynamicPortsInput">The input whose values name the ports (<c>outcomes</c>, <c>branches</c>, <c>cases</c>), or null (the default).</param>
/// <param name="IsWaitState">Whether execution stops here until something outside happens (a person, the applicant, a timer); false by default.</param>
public sealed record ActivityDescriptor(
    string Type,
    string DisplayName,
    string Category,
    string Description,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<PortDescriptor> Ports,
    string? DynamicPortsInput = null,
    bool IsWaitState = false);
