namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// A human task in an office's inbox. <see cref="OutcomesJson"/> and <see cref="FormJson"/> are copied from the
/// definition when the task is created, so inbox lists need no definition look-up.
/// </summary>
public sealed record TaskRecord(
    Guid Id,
    Guid InstanceId,
    string RegistrationNumber,
    string DefinitionId,
    string ActivityId,
    string Title,
    string Office,
    string Role,
    string Status,
    string? Assignee,
    string OutcomesJson,
    string FormJson,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    string? EscalatedToRole,
    string? Outcome,
    string? Comment,
    string? CompletedBy,
    DateTimeOffset? CompletedAt);
