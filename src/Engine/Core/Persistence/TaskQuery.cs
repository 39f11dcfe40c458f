namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// Filters for the inbox. A task matches an office when it belongs to it; <see cref="Roles"/> (when given) keeps tasks of
/// those roles or escalated to one of them; <see cref="Assignee"/> keeps tasks claimed by that user. Ordered by due date
/// ascending (tasks without a due date last), then creation time.
/// </summary>
public sealed record TaskQuery(
    string? Office = null,
    IReadOnlyCollection<string>? Roles = null,
    string? Assignee = null,
    string? Status = null,
    Guid? InstanceId = null,
    int Limit = 500);
