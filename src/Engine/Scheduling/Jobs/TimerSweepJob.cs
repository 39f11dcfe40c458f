using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Engine.Scheduling.Jobs;

/// <summary>
/// The recurring sweep: fires whatever is due without a job (lost with a crash, or never scheduled) and picks up calendar
/// years another node changed; timers of any node coming due soon go to this node's <see cref="TimerWheel"/>.
/// </summary>
public sealed class TimerSweepJob(TimerSweeper sweeper, TimerWheel wheel, CalendarBook calendars, IWorkflowStore store) : IRecurringJob
{
    public const string Id = "timer-sweep";

    /// <summary>Every five seconds (Hangfire accepts a seconds field); per-timer jobs carry the sub-second precision.</summary>
    public const string Cron = "*/5 * * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await calendars.RefreshAsync(store, cancellationToken).ConfigureAwait(false);
        await sweeper.SweepAsync(cancellationToken).ConfigureAwait(false);
        await wheel.LoadAsync(cancellationToken).ConfigureAwait(false);
    }
}
