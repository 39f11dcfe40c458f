namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// What a draft changes against the published version of a definition (<see cref="DefinitionComparison.Compare"/>):
/// activities by id, connections by their ends, and the top-level sections (<c>name</c>, <c>inputs</c>, <c>options</c>…)
/// that differ. Designer positions are layout, not behaviour, and are not compared.
/// </summary>
public sealed record DefinitionDiff(
    IReadOnlyList<ActivityDifference> AddedActivities,
    IReadOnlyList<ActivityDifference> RemovedActivities,
    IReadOnlyList<ActivityDifference> ChangedActivities,
    IReadOnlyList<ConnectionDifference> AddedConnections,
    IReadOnlyList<ConnectionDifference> RemovedConnections,
    IReadOnlyList<string> ChangedSections)
{
    public bool IsEmpty =>
        AddedActivities.Count + RemovedActivities.Count + ChangedActivities.Count + AddedConnections.Count + RemovedConnections.Count
        + ChangedSections.Count == 0;
}
