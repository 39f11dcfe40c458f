using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Scheduling;

/// <summary>
/// The recurring sweep: fires whatever is due and still pending (missed by the wheels, e.g. across a crash), with the
/// calendars as they are in the store; timers of any node coming due soon go to this node's <see cref="TimerWheel"/>, which
/// fires them at their instant. (Every host also reloads the calendars on its own: <see cref="Runtime.SharedSettingsRefresher"/>.)
/// </summary>
public sealed class TimerSweepJob(TimerSweeper sweeper, TimerWheel wheel, CalendarBook calendars, IWorkflowStore store) : IRecurringJob
{
    public const string Id = "timer-sweep";

    /// <summary>Every five seconds (Hangfire accepts a seconds field); the wheel carries the sub-second precision:
    /// with a two-minute horizon, every timer is in a wheel long before it falls due.</summary>
    public const string Cron = "*/5 * * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await calendars.RefreshAsync(store, cancellationToken).ConfigureAwait(false);
        await sweeper.SweepAsync(cancellationToken).ConfigureAwait(false);
        await wheel.LoadAsync(cancellationToken).ConfigureAwait(false);
    }
}
