using System.Collections.Concurrent;

namespace Mpp.Workflows.Bench;

/// <summary>
/// What the HTTP benchmark records: the latency of every request answered inside the measured window, by route template
/// (<c>GET /api/track/{registrationNumber}</c>, never a raw URL, so that one figure stands for one piece of code), and every
/// answer that is not 2xx, by status and route, over the whole run including warm-up (an error is one whenever it
/// happens).
/// </summary>
internal sealed class RouteLatencies
{
    /// <summary>The status recorded for a request that got no HTTP answer (refused, reset, timed out).</summary>
    public const string NoAnswer = "no answer";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Status, string Route), int> _errors = new();
    private readonly ConcurrentDictionary<int, (int All, int Slow)> _buckets = new();

    /// <summary>Records a 2xx answer received <paramref name="at"/> seconds into the run after <paramref name="milliseconds"/>.</summary>
    public void Record(string route, double milliseconds, double at, bool inWindow)
    {
        if (inWindow)
        {
            _latencies.GetOrAdd(route, _ => new ConcurrentQueue<double>()).Enqueue(milliseconds);
        }

        var slow = milliseconds > SlowMilliseconds ? 1 : 0;
        _buckets.AddOrUpdate((int)(at / BucketSeconds), (1, slow), (_, b) => (b.All + 1, b.Slow + slow));
    }

    /// <summary>A request slower than this counts as slow in the timeline.</summary>
    public const double SlowMilliseconds = 1000;

    /// <summary>The width of one step of the timeline.</summary>
    public const int BucketSeconds = 5;

    /// <summary>Answers and slow answers per <see cref="BucketSeconds"/> of the run (by when the answer arrived), in order.</summary>
    public IReadOnlyList<(int Bucket, int All, int Slow)> Timeline() =>
        [.. _buckets.OrderBy(b => b.Key).Select(b => (b.Key, b.Value.All, b.Value.Slow))];

    public void RecordError(string status, string route) => _errors.AddOrUpdate((status, route), 1, (_, n) => n + 1);

    /// <summary>Each route's figures in the window, busiest first.</summary>
    public IReadOnlyList<RouteFigures> Figures() =>
    [
        .. _latencies
            .Select(pair => RouteFigures.Of(pair.Key, [.. pair.Value]))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Route, StringComparer.Ordinal),
    ];

    /// <summary>Every non-2xx answer and failed request: status, route, how many.</summary>
    public IReadOnlyList<(string Status, string Route, int Count)> Errors() =>
    [
        .. _errors
            .Select(pair => (pair.Key.Status, pair.Key.Route, pair.Value))
            .OrderBy(e => e.Status, StringComparer.Ordinal)
            .ThenBy(e => e.Route, StringComparer.Ordinal),
    ];

    /// <summary>Answers that fail the run: a 5xx or no answer at all.</summary>
    public int ServerErrors => _errors.Where(e => e.Key.Status.StartsWith('5') || e.Key.Status == NoAnswer).Sum(e => e.Value);
}
