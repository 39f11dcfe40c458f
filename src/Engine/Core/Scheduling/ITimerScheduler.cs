
namespace Mpp.Workflows.Engine.Scheduling;

/// <summary>
/// Wakes the engine at a timer's due instant. The timers table stays the source of truth: the runtime calls this after the
/// commit that created the timers, and a lost or duplicate wake-up changes nothing because
/// <c>WorkflowRuntime.FireTimerAsync</c> re-checks the row in a transaction (a sweep fires anything due without one).
/// </summary>
public interface ITimerScheduler
{
    Task ScheduleAsync(IReadOnlyList<TimerRecord> timers, CancellationToken cancellationToken);
}
