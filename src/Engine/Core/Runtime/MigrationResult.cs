namespace Mpp.Workflows.Engine.Runtime;

/// <summary>What a migration did: how many files moved, how many stayed, and each file's outcome.</summary>
public sealed record MigrationResult(
    string DefinitionId,
    int FromVersion,
    int ToVersion,
    int Moved,
    int NotMoved,
    IReadOnlyList<MigrationOutcome> Files);
