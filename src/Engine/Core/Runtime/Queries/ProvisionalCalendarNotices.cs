using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Whether any running clock depends on a year without its holiday decree (a pending provisional timer), for the banner of
/// <c>/admin</c> and the inbox: the admin should publish that year, which turns the estimates into official due dates.
/// </summary>
public sealed class ProvisionalCalendarNotices(IWorkflowStore store, CalendarBook calendars, TimeProvider time, IOptions<EngineOptions> options)
{
    /// <summary>The notice to show, or null while every running clock counts with official years only.</summary>
    public async Task<ProvisionalCalendarNotice?> GetAsync(CancellationToken cancellationToken)
    {
        var dates = await store.GetProvisionalDueDatesAsync(cancellationToken).ConfigureAwait(false);
        return Notice(dates);
    }

    /// <summary>
    /// The notice of an office's inbox: <see cref="ProvisionalCalendarNotice.Applications"/> counts the office's open tasks whose
    /// due date is an estimate; null when there are none.
    /// </summary>
    public async Task<ProvisionalCalendarNotice?> GetForOfficeAsync(string office, CancellationToken cancellationToken)
    {
        var dates = await store.GetProvisionalTaskDueDatesAsync(office, cancellationToken).ConfigureAwait(false);
        return Notice(dates);
    }

    private ProvisionalCalendarNotice? Notice(ProvisionalDueDates dates)
    {
        if (dates is not { Applications: > 0, Latest: { } latest })
        {
            return null;
        }

        var years = calendars.ProvisionalYears(time.GetUtcNow(), latest, TimeZones.Resolve(options.Value.TimeZone));
        return new ProvisionalCalendarNotice(dates.Applications, years);
    }
}
