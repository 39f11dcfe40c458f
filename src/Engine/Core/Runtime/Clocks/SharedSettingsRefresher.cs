using Microsoft.Extensions.Hosting;
using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Keeps what this host holds in memory in step with the store when several hosts share it: every
/// <see cref="EngineOptions.SharedSettingsRefreshInterval"/> it reloads the working-day calendars and the offices' time
/// zones, so a holiday or an office an admin changes on another host counts here within that interval. (Accounts,
/// published routes and keys are read from the store when used and need no refresh.) A store that cannot be reached is
/// tried again at the next interval; the values held stay in force meanwhile.
/// </summary>
public sealed class SharedSettingsRefresher(
    IWorkflowStore store,
    CalendarBook calendars,
    OfficeZones zones,
    IOptions<EngineOptions> options,
    ILogger<SharedSettingsRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SharedSettingsRefreshInterval); // wall time, also under a test clock
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    /// <summary>Reloads the calendars and office zones once.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await calendars.RefreshAsync(store, cancellationToken).ConfigureAwait(false);
            await zones.RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Calendars and office time zones could not be reloaded from the store; the ones held stay in force");
        }
    }
}
