namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>An outgoing connection of the selected activity, as the property panel lists it.</summary>
public sealed record PanelConnection(string Port, string Target);
