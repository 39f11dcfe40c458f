namespace Mpp.Workflows.Engine.Persistence;

/// <summary>One stored version of a workflow definition. <see cref="Json"/> is the Elsa-shaped document.</summary>
public sealed record DefinitionRecord(
    string DefinitionId,
    int Version,
    string Name,
    bool IsPublished,
    bool IsLatest,
    string Json,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt);
