namespace Mpp.Workflows.Designer.Components.Performance;

/// <summary>
/// The figures' names: by service a figure counts files, by office it counts steps (one file with two steps at an office
/// counts twice there), so the office board names its figures as steps.
/// </summary>
internal static class BoardLabels
{
    public static string Of(PerformanceFigure figure, PerformanceGrouping grouping) => grouping == PerformanceGrouping.Office
        ? figure switch
        {
            PerformanceFigure.Received => Texts.StepReceived,
            PerformanceFigure.Completed => Texts.StepCompleted,
            PerformanceFigure.InProgress => Texts.StepInProgress,
            PerformanceFigure.OnTime => Texts.StepOnTime,
            PerformanceFigure.Late => Texts.StepLate,
            PerformanceFigure.Returns => Texts.StepReturns,
            PerformanceFigure.DeemedApprovals => Texts.StepDeemed,
            PerformanceFigure.Escalations => Texts.StepEscalations,
            _ => Texts.StepOverdueNow,
        }
        : figure switch
        {
            PerformanceFigure.Received => Texts.FigureReceived,
            PerformanceFigure.Completed => Texts.FigureCompleted,
            PerformanceFigure.InProgress => Texts.FigureInProgress,
            PerformanceFigure.OnTime => Texts.FigureOnTime,
            PerformanceFigure.Late => Texts.FigureLate,
            PerformanceFigure.Returns => Texts.FigureReturns,
            PerformanceFigure.DeemedApprovals => Texts.FigureDeemed,
            PerformanceFigure.Escalations => Texts.FigureEscalations,
            _ => Texts.FigureOverdueNow,
        };

    public static string Median(PerformanceGrouping grouping) => grouping == PerformanceGrouping.Office ? Texts.StepMedian : Texts.FigureMedian;

    public static string P90(PerformanceGrouping grouping) => grouping == PerformanceGrouping.Office ? Texts.StepP90 : Texts.FigureP90;
}
