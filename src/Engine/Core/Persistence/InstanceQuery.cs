namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// Filters for listing applications. <see cref="VisibleToOffice"/> limits the list to applications in which that office
/// has or had a task; null means no office restriction (admins, analysts). <see cref="Search"/> matches a part of the
/// registration number or the applicant's name (any case), or of the NIK.
/// </summary>
public sealed record InstanceQuery(
    string? Status = null,
    string? DefinitionId = null,
    string? VisibleToOffice = null,
    int Page = 1,
    int PageSize = 20,
    string? Search = null,
    string? Result = null);
