using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using Npgsql;

namespace Mpp.Workflows.Bench;

/// <summary>
/// The host's own gauges read from <c>/metrics</c> (admin token) once a second while the traffic runs, so that a stall can be
/// told apart: thread pool starvation (threads climbing, work items queued), garbage collection (pause time), and how far
/// documents and mails lag (the outbox backlog). Each series is summed over its labels.
/// </summary>
internal sealed class HostGauges(HttpClient http, HostProcess host, string adminBearer, string connectionString)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly List<Sample> _samples = [];
    private readonly ConcurrentDictionary<string, int> _lockWaits = new(StringComparer.Ordinal);

    /// <summary>Statements seen waiting for a lock (first 100 characters, whitespace folded), and in how many samples of sessions.</summary>
    public IReadOnlyList<(string Statement, int Samples)> LockWaits =>
        [.. _lockWaits.OrderByDescending(w => w.Value).Select(w => (w.Key, w.Value))];

    /// <summary>The samples, in order: seconds since the traffic started and the gauges at that moment.</summary>
    public IReadOnlyList<Sample> Samples => _samples;

    public async Task RunAsync(Stopwatch clock, TimeSpan until)
    {
        await using var database = NpgsqlDataSource.Create(connectionString);
        while (clock.Elapsed < until)
        {
            var at = clock.Elapsed;
            var (busy, waiting) = await SessionsAsync(database).ConfigureAwait(false);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(host.Address, "/metrics"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminBearer);
                using var response = await http.SendAsync(request).ConfigureAwait(false);
                var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                _samples.Add(new Sample(
                    at.TotalSeconds,
                    (clock.Elapsed - at).TotalMilliseconds,
                    Sum(text, "dotnet_thread_pool_thread_count_total"),
                    Sum(text, "dotnet_thread_pool_queue_length_total"),
                    busy,
                    Sum(text, "dotnet_gc_pause_time_seconds_total"),
                    Sum(text, "mpp_outbox_pending"),
                    waiting));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                _samples.Add(new Sample(at.TotalSeconds, (clock.Elapsed - at).TotalMilliseconds, double.NaN, double.NaN, busy, double.NaN, double.NaN, waiting));
            }

            var next = at + Interval - clock.Elapsed;
            if (next > TimeSpan.Zero)
            {
                await Task.Delay(next).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Sessions of the host's database that are not idle (this one left out), and the statements of those waiting for a lock.</summary>
    private async Task<(int Busy, int Waiting)> SessionsAsync(NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand("""
            SELECT wait_event_type = 'Lock', regexp_replace(left(query, 100), '\s+', ' ', 'g')
            FROM pg_stat_activity
            WHERE datname = current_database() AND state <> 'idle' AND pid <> pg_backend_pid()
            """);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var (busy, waiting) = (0, 0);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            busy++;
            if (!reader.IsDBNull(0) && reader.GetBoolean(0))
            {
                waiting++;
                _lockWaits.AddOrUpdate(reader.GetString(1), 1, (_, n) => n + 1);
            }
        }

        return (busy, waiting);
    }

    private static double Sum(string metrics, string name, string? label = null) => metrics.Split('\n')
        .Where(line => (line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            && (label is null || line.Contains(label, StringComparison.Ordinal)))
        .Sum(line => double.Parse(
            (line.Contains('}', StringComparison.Ordinal) ? line[(line.LastIndexOf('}') + 1)..] : line[line.IndexOf(' ', StringComparison.Ordinal)..]).Trim().Split(' ')[0],
            CultureInfo.InvariantCulture));

    /// <summary>One reading; <c>ScrapeMs</c> is how long <c>/metrics</c> itself took to answer.</summary>
    public sealed record Sample(double At, double ScrapeMs, double Threads, double Queued, int DbBusy, double GcPauseSeconds, double OutboxPending, int LockWaits);
}
