namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// Which files the performance board reads: every file that could count in the period from <see cref="From"/> (inclusive) to
/// <see cref="Until"/> (exclusive), plus the files still open now (their overdue steps count whatever the period).
/// <see cref="DefinitionId"/> narrows to one service; <see cref="Office"/> to the files in which that office has or had a step.
/// </summary>
/// <param name="IdleStepsAt">
/// Set for a board counted by office (never for its drill-down): only the steps that can count in the period are read, and
/// the <em>idle</em> ones — open, in a file with no escalation or deemed approval since the period's start — are not read but
/// counted per office (<see cref="PerformanceFacts.IdleSteps"/>), overdue as of this instant. Such a step counts only as
/// received (opened within the period), in progress (opened before its end) and overdue now (past its due instant), each a
/// condition on the step's own row, so every open step of the office costs one index count instead of its file's history.
/// </param>
public sealed record PerformanceQuery(
    DateTimeOffset From, DateTimeOffset Until, string? DefinitionId = null, string? Office = null, DateTimeOffset? IdleStepsAt = null);
