namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// What a migration did to one file: moved (<see cref="Moves"/>), or left on its version for <see cref="Reason"/> (one of
/// <see cref="MigrationReasons"/>, at <see cref="ReasonStep"/> when a step is the cause). Nothing of a file left is changed.
/// </summary>
public sealed record MigrationOutcome(
    Guid Id,
    string? RegistrationNumber,
    bool Moved,
    string? Reason,
    MigrationStepRef? ReasonStep,
    IReadOnlyList<MigrationMove> Moves);
