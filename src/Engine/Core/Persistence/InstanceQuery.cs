namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// Filters for listing applications. <see cref="VisibleToOffice"/> limits the list to applications in which that office
/// has or had a task; null means no office restriction (admins, analysts). <see cref="Search"/> matches a part of the
/// registration number or the applicant's name (any case), or of the NIK.
/// </summary>
/// <remarks>
/// The staff search's fields each have an index of their own (migration 0015), so none of them reads the large JSON
/// columns: <see cref="RegistrationNumber"/> exactly, <see cref="RegistrationNumberPrefix"/> and
/// <see cref="ApplicantNamePrefix"/> (any case) as the start of the value, <see cref="ApplicantNik"/> exactly, and the
/// submission instant from <see cref="SubmittedFrom"/> (inclusive) to <see cref="SubmittedBefore"/> (exclusive).
/// <see cref="After"/> is the keyset position of <see cref="IWorkflowStore.SearchInstancesAsync"/>; the offset list
/// (<see cref="IWorkflowStore.ListInstancesAsync"/>) ignores it and pages by <see cref="Page"/>.
/// </remarks>
public sealed record InstanceQuery(
    string? Status = null,
    string? DefinitionId = null,
    string? VisibleToOffice = null,
    int Page = 1,
    int PageSize = 20,
    string? Search = null,
    string? Result = null)
{
    public string? RegistrationNumber { get; init; }

    public string? RegistrationNumberPrefix { get; init; }

    public string? ApplicantNik { get; init; }

    public string? ApplicantNamePrefix { get; init; }

    public DateTimeOffset? SubmittedFrom { get; init; }

    public DateTimeOffset? SubmittedBefore { get; init; }

    public InstanceCursor? After { get; init; }
}
