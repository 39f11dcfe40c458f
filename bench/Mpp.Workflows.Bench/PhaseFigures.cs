namespace Mpp.Workflows.Bench;

/// <summary>
/// One phase's cost per operation (<see cref="PhaseProfiler"/>): round trips, statements executed and parsed, milliseconds
/// of CPU in this process and in the database server, bytes allocated, and the mean number of sessions waiting on a lock.
/// </summary>
internal sealed record PhaseFigures(
    double RoundTrips, double Statements, double Parses, double ClientCpuMs, double ServerCpuMs, double AllocatedBytes, double LockWaiters)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"round trips {RoundTrips,5:F2}  statements {Statements,5:F2}  parsed {Parses,5:F2}  client CPU {ClientCpuMs,6:F3} ms  "
        + $"server CPU {ServerCpuMs,6:F3} ms  allocated {AllocatedBytes / 1024,7:F1} KiB  sessions waiting on a lock {LockWaiters,5:F2}");
}
