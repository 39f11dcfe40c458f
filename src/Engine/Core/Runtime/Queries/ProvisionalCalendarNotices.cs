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
        if (dates is not { Applications: > 0, Latest: { } latest })
        {
            return null;
        }

        var years = calendars.ProvisionalYears(time.GetUtcNow(), latest, TimeZones.Resolve(options.Value.TimeZone));
        return new ProvisionalCalendarNotice(dates.Applications, years);
    }
}
