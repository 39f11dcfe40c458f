namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// One keyset page of applications, newest first, and the position after its last row when more follow (null on the last
/// page). It carries no total: counting every match would read all of them, which a page of a million must not.
/// </summary>
public sealed record InstancePage(IReadOnlyList<InstanceSummary> Items, InstanceCursor? Next);
