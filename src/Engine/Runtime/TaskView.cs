namespace Mpp.Workflows.Engine.Runtime;

/// <summary>A task as the inbox and the API show it.</summary>
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
    DateTimeOffset? CompletedAt);
