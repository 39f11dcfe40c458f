namespace Mpp.Workflows.Engine.Persistence;

/// <summary>A route the public has seen, named as its version in force (or, when none is, its last published version).</summary>
public sealed record PublicServiceName(string DefinitionId, string Name);
