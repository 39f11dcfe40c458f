namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// One page of an office's open tasks for the inbox. <see cref="Roles"/> keeps tasks of those roles or escalated to one of
/// them. <see cref="Search"/> matches a part of the registration number or the applicant's name (any case), or of the NIK;
/// <see cref="Claim"/> keeps unclaimed tasks, the <see cref="User"/>'s, or other people's; <see cref="OverdueAt"/> keeps
/// tasks due before that instant. Ordered by due date ascending (tasks without a due date last), then creation time. The
/// total is counted up to <see cref="CountLimit"/> (then <see cref="PagedResult{T}.TotalIsLowerBound"/>).
/// </summary>
public sealed record InboxQuery(
    string Office,
    IReadOnlyCollection<string>? Roles = null,
    string? Search = null,
    string? DefinitionId = null,
    InboxClaim Claim = InboxClaim.Any,
    string? User = null,
    DateTimeOffset? OverdueAt = null,
    int Page = 1,
    int PageSize = 25)
{
    /// <summary>How far the total is counted: beyond a thousand open steps nobody pages, they search or filter.</summary>
    public int CountLimit { get; init; } = 1000;
}
