namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// A step of the old version at which a file can wait (a task, a revision, a delay, a join) and where it goes:
/// <see cref="Target"/> is null when it has no counterpart; <see cref="Chosen"/> says it was chosen by hand rather than
/// matched by id. <see cref="Candidates"/> are the new version's steps of the same kind.
/// </summary>
public sealed record MigrationStep(
    MigrationStepRef Step,
    string Type,
    MigrationStepRef? Target,
    bool Chosen,
    IReadOnlyList<MigrationStepRef> Candidates);
