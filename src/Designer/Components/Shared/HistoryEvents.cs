using Mpp.Workflows.Engine.Model;
using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Designer.Components.Shared;

/// <summary>
/// The event column of the applicant's history: the event with the step it happened at, named as the route version the file
/// runs on names it ("Berkas masuk ke tahap Pemeriksaan kelengkapan berkas"), since the applicant's history has no step
/// column; an entry without a named step reads as the event alone, never as an id.
/// </summary>
internal static class HistoryEvents
{
    public static string Text(HistoryEntryView entry, RouteLabels labels)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(labels);
        var name = Texts.EventName(entry.Event);
        if (labels.NamedActivity(entry.ActivityId) is not { } step)
        {
            return name;
        }

        return entry.Event == AuditEvents.TaskCreated ? Texts.HistoryStepReached(step) : Texts.HistoryEventAtStep(name, step);
    }
}
