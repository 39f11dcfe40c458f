
namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// What the counter asks of its inbox: a part of a registration number, applicant name or NIK, a service, whose tasks,
/// only overdue ones, and which page.
/// </summary>
public sealed record InboxFilter(
    string? Search = null,
    string? DefinitionId = null,
    InboxClaim Claim = InboxClaim.Any,
    bool OverdueOnly = false,
    int Page = 1,
    int PageSize = 25);
