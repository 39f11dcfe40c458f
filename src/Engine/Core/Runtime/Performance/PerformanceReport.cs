namespace Mpp.Workflows.Engine.Runtime;

/// <summary>The board of a period: one row per service or office, and the total (each file or step counted once).</summary>
public sealed record PerformanceReport(
    DateOnly From, DateOnly To, PerformanceGrouping GroupBy, DateTimeOffset ComputedAt, PerformanceRow Total, IReadOnlyList<PerformanceRow> Rows);
