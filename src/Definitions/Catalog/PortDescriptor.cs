namespace Mpp.Workflows.Definitions.Catalog;

/// <summary>An outbound port the designer draws and connections may leave from.</summary>
public sealed record PortDescriptor(string Name, string DisplayName);
