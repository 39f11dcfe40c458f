namespace Mpp.Workflows.Engine.Runtime;

/// <summary>A figure of the performance board whose files staff can list (drill-down).</summary>
public enum PerformanceFigure
{
    Received,
    Completed,
    InProgress,
    OnTime,
    Late,
    Returns,
    DeemedApprovals,
    Escalations,
    OverdueNow,
}
