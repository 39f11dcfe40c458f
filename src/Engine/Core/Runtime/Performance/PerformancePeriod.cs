namespace Mpp.Workflows.Engine.Runtime;

/// <summary>The days a board covers, both inclusive, as local days in the engine's time zone.</summary>
public sealed record PerformancePeriod(DateOnly From, DateOnly To);
