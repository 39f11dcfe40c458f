namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// What the engine recorded about the files a <see cref="PerformanceQuery"/> selects, read without their JSON documents: the
/// files, the audit events the board counts, and their steps. The board's figures are computed from these in working days.
/// </summary>
public sealed record PerformanceFacts(
    IReadOnlyList<PerformanceFileFact> Files, IReadOnlyList<PerformanceEventFact> Events, IReadOnlyList<PerformanceStepFact> Steps);
