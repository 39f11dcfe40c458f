namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The figures of one service or office in a period (rules: README, "Papan kinerja"). Working days are whole days counted
/// through the working-day calendar; <see cref="MedianDays"/> and <see cref="P90Days"/> are nearest-rank percentiles of the
/// completed files' (or steps') working days, null when nothing completed.
/// </summary>
public sealed record PerformanceRow(
    string Key,
    string Name,
    int Received,
    int Completed,
    int InProgress,
    int OnTime,
    int Measured,
    double? OnTimePercent,
    int? MedianDays,
    int? P90Days,
    int Returns,
    int ApplicantDays,
    int DeemedApprovals,
    int Escalations,
    int OverdueNow);
