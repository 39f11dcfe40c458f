namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>An outgoing connection of the selected activity, as the property panel lists it.</summary>
/// <param name="Port">The outcome (port) the connection leaves by.</param>
/// <param name="Target">The id of the step it leads to.</param>
/// <param name="TargetLabel">That step's name as the canvas shows it; its id when unnamed.</param>
public sealed record PanelConnection(string Port, string Target, string TargetLabel);
