using System.Diagnostics;
using Npgsql;

namespace Mpp.Workflows.Bench;

/// <summary>
/// Where one measured phase spends its time, per operation (<c>--profile</c>): round trips, statements and parses on the
/// wire (<see cref="WireCounter"/>), CPU of this process (the engine's C#, Npgsql and the relay) and of the database server's
/// processes (read from <c>/proc</c>, so only for a server on this machine), bytes allocated by this process, and lock waits
/// sampled from <c>pg_stat_activity</c> every 10 ms.
/// </summary>
internal sealed class PhaseProfiler(WireCounter wire, string directConnectionString)
{
    private WireCounts Wire => wire.Read();

    private static readonly double TicksPerSecond = 100;

    /// <summary>Starts watching; dispose the returned phase after the operations counted by <see cref="Phase.Stop"/>.</summary>
    public async Task<Phase> StartAsync()
    {
        var connection = new NpgsqlConnection(directConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        var phase = new Phase(this, connection);
        await phase.BeginAsync().ConfigureAwait(false);
        return phase;
    }

    internal sealed class Phase(PhaseProfiler profiler, NpgsqlConnection connection) : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stopSampling = new();
        private WireCounts _wire;
        private long _allocated;
        private TimeSpan _clientCpu;
        private Dictionary<int, long> _serverTicks = [];
        private Task<(long Samples, long Waiting)> _sampling = Task.FromResult((0L, 0L));

        public async Task BeginAsync()
        {
            _serverTicks = await ServerTicksAsync().ConfigureAwait(false);
            _wire = profiler.Wire;
            _allocated = GC.GetTotalAllocatedBytes(precise: true);
            _clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
            _sampling = SampleLocksAsync(_stopSampling.Token);
        }

        /// <summary>The figures per operation, <paramref name="operations"/> having been done since the start.</summary>
        public async Task<PhaseFigures> Stop(long operations)
        {
            var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - _clientCpu;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocated;
            var wire = profiler.Wire - _wire;
            await _stopSampling.CancelAsync().ConfigureAwait(false);
            var (samples, waiting) = await _sampling.ConfigureAwait(false);
            var serverTicks = 0L;
            foreach (var (pid, ticks) in await ServerTicksAsync().ConfigureAwait(false))
            {
                serverTicks += ticks - _serverTicks.GetValueOrDefault(pid);
            }

            double Per(double value) => operations == 0 ? 0 : value / operations;
            return new PhaseFigures(
                Per(wire.RoundTrips), Per(wire.Statements), Per(wire.Parses), Per(clientCpu.TotalMilliseconds),
                Per(serverTicks * 1000 / TicksPerSecond), Per(allocated), samples == 0 ? 0 : (double)waiting / samples);
        }

        public async ValueTask DisposeAsync()
        {
            await _stopSampling.CancelAsync().ConfigureAwait(false);
            await _sampling.ConfigureAwait(false);
            _stopSampling.Dispose();
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        /// <summary>CPU ticks so far of every server process of this database's cluster that <c>/proc</c> shows.</summary>
        private async Task<Dictionary<int, long>> ServerTicksAsync()
        {
            var ticks = new Dictionary<int, long>();
            await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity;", connection);
            await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                var pid = reader.GetInt32(0);
                var stat = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat";
                if (File.Exists(stat))
                {
                    // Fields after the command name: state is the first, utime the 12th and stime the 13th.
                    var text = await File.ReadAllTextAsync(stat).ConfigureAwait(false);
                    var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                    ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }

            return ticks;
        }

        private async Task<(long Samples, long Waiting)> SampleLocksAsync(CancellationToken stop)
        {
            long samples = 0, waiting = 0;
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database();", connection);
            while (!stop.IsCancellationRequested)
            {
                waiting += (long)(await command.ExecuteScalarAsync(CancellationToken.None).ConfigureAwait(false))!;
                samples++;
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(10), stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            return (samples, waiting);
        }
    }
}
