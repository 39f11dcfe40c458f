using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Reading;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The board's port (<see cref="IComplaintBoardReader"/>), here because it counts days in a zone (a layer above the read ports).
/// Counts the board's figures from the store's per-complaint rows (<see cref="IWorkflowStore.ListComplaintStatsAsync"/>): the
/// dates are days in the engine's zone; "on time" is answered at or before the due instant; "overdue now" is open and past it.
/// </summary>
internal sealed class ComplaintBoardReader(IWorkflowStore store, TimeProvider time, IOptions<EngineOptions> options) : IComplaintBoardReader
{
    public async Task<IReadOnlyList<ComplaintOfficeStats>> ReadAsync(DateOnly from, DateOnly until, CancellationToken cancellationToken)
    {
        var zone = TimeZones.Resolve(options.Value.TimeZone);
        var start = Local(from, zone);
        var end = Local(until.AddDays(1), zone);
        var rows = await store.ListComplaintStatsAsync(start, end, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return [.. rows.GroupBy(r => r.Office, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Stats(g.Key, [.. g], now))];
    }

    /// <summary>The figures of one office's rows at <paramref name="now"/>.</summary>
    public static ComplaintOfficeStats Stats(string office, IReadOnlyList<ComplaintStatsRow> rows, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var answered = rows.Where(r => r.Status == ComplaintStatuses.Answered).ToList();
        var open = rows.Where(r => r.Status == ComplaintStatuses.Open).ToList();
        return new ComplaintOfficeStats(
            office,
            rows.Count,
            answered.Count,
            answered.Count(r => r.DueAt is { } due && r.AnsweredAt <= due),
            Median([.. answered.Where(r => r.ResponseDays is not null).Select(r => r.ResponseDays!.Value)]),
            open.Count,
            open.Count(r => r.DueAt is { } due && due < now));
    }

    private static double? Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static DateTimeOffset Local(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
