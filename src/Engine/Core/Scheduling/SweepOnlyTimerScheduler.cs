
namespace Mpp.Workflows.Engine.Scheduling;

/// <summary>
/// The engine without a job server (tests, benchmarks, tools): nothing is scheduled ahead, and timers fire when someone
/// runs a <see cref="TimerSweeper"/>.
/// </summary>
public sealed class SweepOnlyTimerScheduler : ITimerScheduler
{
    public Task ScheduleAsync(IReadOnlyList<TimerRecord> timers, CancellationToken cancellationToken) => Task.CompletedTask;
}
