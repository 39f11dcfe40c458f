namespace Mpp.Workflows.Engine.Runtime;

/// <summary>An application as staff see it: data, open tasks, history, clocks.</summary>
public sealed record ApplicationView(
    Guid Id,
    string RegistrationNumber,
    string DefinitionId,
    int DefinitionVersion,
    string Status,
    string? Result,
    Applicant Applicant,
    JsonObject Data,
    IReadOnlyList<TaskView> OpenTasks,
    JsonObject Clocks,
    IReadOnlyList<HistoryEntryView> History,
    FaultView? Fault,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
