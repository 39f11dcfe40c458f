namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// What the engine recorded about the files a <see cref="PerformanceQuery"/> selects, read without their JSON documents: the
/// files, the audit events the board counts, and their steps. The board's figures are computed from these in working days.
/// <see cref="IdleSteps"/> holds the steps counted instead of read (<see cref="PerformanceQuery.IdleStepsAt"/>).
/// </summary>
public sealed record PerformanceFacts(
    IReadOnlyList<PerformanceFileFact> Files, IReadOnlyList<PerformanceEventFact> Events, IReadOnlyList<PerformanceStepFact> Steps)
{
    public IReadOnlyList<IdleStepCount> IdleSteps { get; init; } = [];
}

/// <summary>
/// An office's idle steps (<see cref="PerformanceQuery.IdleStepsAt"/>): how many were opened within the period, how many were
/// open at its end (opened before it), and how many are overdue now.
/// </summary>
public sealed record IdleStepCount(string Office, int Received, int InProgress, int Overdue);
