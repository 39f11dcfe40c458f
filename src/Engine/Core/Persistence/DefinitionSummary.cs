namespace Mpp.Workflows.Engine.Persistence;

/// <summary>A definition in lists: its newest version and the version new applications start on.</summary>
public sealed record DefinitionSummary(string DefinitionId, string Name, int LatestVersion, int? PublishedVersion);
