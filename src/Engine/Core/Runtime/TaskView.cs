namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// A task as the inbox and the API show it. <see cref="WorkingDaysLeft"/> is office time until <see cref="DueAt"/> in working days
/// (negative when overdue, null without a due date); <see cref="Overdue"/> flags an open task past its due date;
/// <see cref="DueIsEstimate"/> flags a due date counted through a year without its holiday decree ("perkiraan").
/// </summary>
public sealed record TaskView(
    Guid Id,
    Guid ApplicationId,
    string RegistrationNumber,
    string DefinitionId,
    string ActivityId,
    string Title,
    string Office,
    string Role,
    string Status,
    string? Assignee,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    string? EscalatedToRole,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<FormFieldView> Form,
    string? Outcome,
    string? Comment,
    string? CompletedBy,
    DateTimeOffset? CompletedAt,
    double? WorkingDaysLeft,
    bool Overdue,
    bool DueIsEstimate = false);
