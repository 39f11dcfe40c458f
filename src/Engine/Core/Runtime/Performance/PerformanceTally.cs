namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The files behind each figure of one row, and the working days its completed files (or steps) took: the figures are the
/// counts of these lists, so a figure and its drill-down can never disagree.
/// </summary>
internal sealed class PerformanceTally(string key)
{
    private readonly Dictionary<PerformanceFigure, List<PerformanceFileEntry>> _files = [];
    private readonly List<int> _days = [];
    private readonly Dictionary<PerformanceFigure, int> _counted = [];
    private int _applicantDays;

    public string Key { get; } = key;

    public void Add(PerformanceFigure figure, PerformanceFileEntry entry)
    {
        if (!_files.TryGetValue(figure, out var entries))
        {
            _files[figure] = entries = [];
        }

        // A deemed approval can catch several steps of one office open at once; it is one file's figure.
        if (figure == PerformanceFigure.DeemedApprovals && entries.Exists(e => e.ApplicationId == entry.ApplicationId))
        {
            return;
        }

        entries.Add(entry);
    }

    /// <summary>
    /// Steps counted in a figure without being read (<see cref="PerformanceQuery.IdleStepsAt"/>): only in a board's figures,
    /// never in its drill-down, which reads every step and so lists these too.
    /// </summary>
    public void AddCounted(PerformanceFigure figure, int steps) => _counted[figure] = _counted.GetValueOrDefault(figure) + steps;

    public void AddCompletedDays(int days) => _days.Add(days);

    public void AddApplicantDays(int days) => _applicantDays += days;

    public IReadOnlyList<PerformanceFileEntry> Files(PerformanceFigure figure) =>
        _files.TryGetValue(figure, out var entries) ? entries : [];

    /// <summary>The figure: the files behind it and the steps counted without being read.</summary>
    public int Count(PerformanceFigure figure) => Files(figure).Count + _counted.GetValueOrDefault(figure);

    public PerformanceRow ToRow(string name)
    {
        var onTime = Count(PerformanceFigure.OnTime);
        var measured = onTime + Count(PerformanceFigure.Late);
        var sorted = _days.Order().ToList();
        return new PerformanceRow(
            Key,
            name,
            Count(PerformanceFigure.Received),
            Count(PerformanceFigure.Completed),
            Count(PerformanceFigure.InProgress),
            onTime,
            measured,
            measured == 0 ? null : Math.Round(100.0 * onTime / measured, 1),
            NearestRank(sorted, 50),
            NearestRank(sorted, 90),
            Count(PerformanceFigure.Returns),
            _applicantDays,
            Count(PerformanceFigure.DeemedApprovals),
            Count(PerformanceFigure.Escalations),
            Count(PerformanceFigure.OverdueNow));
    }

    /// <summary>
    /// The nearest-rank percentile: the value at rank ⌈p/100 · n⌉ of the ascending values, so always a real file's days (the
    /// median of 4 values is the 2nd).
    /// </summary>
    public static int? NearestRank(IReadOnlyList<int> ascending, int percent)
    {
        ArgumentNullException.ThrowIfNull(ascending);
        if (ascending.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * ascending.Count);
        return ascending[Math.Clamp(rank, 1, ascending.Count) - 1];
    }
}
