using Mpp.Workflows.Designer.Components.Shared;
using Mpp.Workflows.Engine.Model;

namespace Mpp.Workflows.Designer.Components.Work;

/// <summary>
/// The comment column of the staff history: the engine's clock and calendar events are written in the page's language from
/// the event's details (dates as the rest of the page shows them); every other comment is what a person wrote.
/// </summary>
internal static class HistoryComments
{
    public static string? Of(HistoryEntryView entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.DetailsJson is not { } json || JsonNode.Parse(json) is not JsonObject details)
        {
            return entry.Comment;
        }

        return entry.Event switch
        {
            AuditEvents.DueProvisional when Instant(details["dueAt"]) is { } due && details["provisionalYears"] is JsonArray years
                => Texts.DueProvisionalComment(Dates.Format(due), [.. years.Select(y => (int)y!)]),
            AuditEvents.DueRecomputed when details["cause"] is JsonObject { } cause && (int?)cause["calendarYear"] is { } year
                => Texts.CalendarChangedComment(
                    year, (int?)cause["holidays"] ?? 0, Glossary.Actor((string?)cause["changedBy"] ?? ""),
                    Dates.Format(Instant(details["before"])), Dates.Format(Instant(details["after"]))),
            _ => entry.Comment,
        };
    }

    private static DateTimeOffset? Instant(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at
            : null;
}
