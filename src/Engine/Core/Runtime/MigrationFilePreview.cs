namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// One file of the old version in a migration preview: where it would land (<see cref="Moves"/>), or why it cannot move
/// (<see cref="Reason"/>, one of <see cref="MigrationReasons"/>, at <see cref="ReasonStep"/> when a step is the cause).
/// <see cref="Revision"/> goes back with the migration so a file changed meanwhile is refused.
/// </summary>
public sealed record MigrationFilePreview(
    Guid Id,
    string RegistrationNumber,
    string ApplicantName,
    string Status,
    int Revision,
    bool CanMove,
    string? Reason,
    MigrationStepRef? ReasonStep,
    IReadOnlyList<MigrationMove> Moves);
