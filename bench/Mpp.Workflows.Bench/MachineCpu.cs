namespace Mpp.Workflows.Bench;

/// <summary>
/// The machine's CPU counters (first line of <c>/proc/stat</c>, in clock ticks): on a shared machine a host's latencies
/// mean little without knowing how busy everything else kept the cores.
/// </summary>
internal sealed record MachineCpu(long Busy, long Idle, DateTime At)
{
    public static async Task<MachineCpu> ReadAsync()
    {
        var line = (await File.ReadAllLinesAsync("/proc/stat").ConfigureAwait(false))[0];
        var ticks = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();

        // user nice system idle iowait irq softirq steal: idle and iowait are the time no work ran.
        var idle = ticks[3] + ticks[4];
        return new MachineCpu(ticks.Take(8).Sum() - idle, idle, DateTime.UtcNow);
    }

    /// <summary>The interval from <paramref name="earlier"/> to this reading.</summary>
    public (double BusyCores, double Seconds) Since(MachineCpu earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var seconds = (At - earlier.At).TotalSeconds;
        return ((Busy - earlier.Busy) / 100.0 / seconds, seconds);
    }
}
