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
    IReadOnlyList<string> ChangedSections,
    IReadOnlyList<RenamedActivity>? RenamedActivities = null,
    IReadOnlyDictionary<string, string>? StepNames = null)
{
    /// <summary>Steps whose id and name changed and nothing else (the studio renames the id with the name).</summary>
    public IReadOnlyList<RenamedActivity> Renamed => RenamedActivities ?? [];

    /// <summary>The name people read for a step id of either version (the draft's first), or the id when it has none.</summary>
    public string NameOf(string id) => StepNames is not null && StepNames.TryGetValue(id, out var name) && name.Length > 0 ? name : id;

    public bool IsEmpty =>
        AddedActivities.Count + RemovedActivities.Count + ChangedActivities.Count + AddedConnections.Count + RemovedConnections.Count
        + ChangedSections.Count + Renamed.Count == 0;
}
