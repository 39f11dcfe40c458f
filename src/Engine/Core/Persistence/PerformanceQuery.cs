namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// Which files the performance board reads: every file that could count in the period from <see cref="From"/> (inclusive) to
/// <see cref="Until"/> (exclusive), plus the files still open now (their overdue steps count whatever the period).
/// <see cref="DefinitionId"/> narrows to one service; <see cref="Office"/> to the files in which that office has or had a step.
/// </summary>
public sealed record PerformanceQuery(DateTimeOffset From, DateTimeOffset Until, string? DefinitionId = null, string? Office = null);
