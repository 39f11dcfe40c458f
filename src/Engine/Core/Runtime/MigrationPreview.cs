namespace Mpp.Workflows.Engine.Runtime;

/// <summary>What a migration from <see cref="FromVersion"/> to <see cref="ToVersion"/> would do: the step mapping and every file of the old version.</summary>
public sealed record MigrationPreview(
    string DefinitionId,
    int FromVersion,
    int ToVersion,
    IReadOnlyList<MigrationStep> Steps,
    IReadOnlyList<MigrationFilePreview> Files);
