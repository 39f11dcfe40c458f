namespace Mpp.Workflows.Bench;

/// <summary>One timed read: its median and 99th percentile in milliseconds, and the p99 target it must meet (none for the baseline).</summary>
internal sealed record HistoryResult(string Name, int Count, double P50, double P99, double? TargetMs);
