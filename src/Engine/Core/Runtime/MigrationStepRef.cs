namespace Mpp.Workflows.Engine.Runtime;

/// <summary>A step of a route version as people read it: its id and display name (null when the route names none).</summary>
public sealed record MigrationStepRef(string Id, string? Name);
