
namespace Mpp.Workflows.Engine.Scheduling;

/// <summary>
/// The scheduler of a node that fires timers itself: timers due within <see cref="TimerWheel.Horizon"/> go straight to its
/// <see cref="TimerWheel"/>; later ones wait in the timers table until the recurring sweep loads them into the wheel as they
/// come within the horizon. No job is written per timer: the timers table is already durable, and a job per timer made every
/// command that starts a clock pay for a second write to the job storage (and the storage grow with every pending timer).
/// </summary>
public sealed class WheelTimerScheduler(TimerWheel wheel) : ITimerScheduler
{
    public Task ScheduleAsync(IReadOnlyList<TimerRecord> timers, CancellationToken cancellationToken)
    {
        wheel.Add(timers);
        return Task.CompletedTask;
    }
}
