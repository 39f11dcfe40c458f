namespace Mpp.Workflows.Engine.Runtime;

/// <summary>One line of an application's history.</summary>
public sealed record HistoryEntryView(DateTimeOffset At, string Actor, string? ActivityId, string Event, string? Outcome, string? Comment)
{
    /// <summary>The event's details (JSON) for staff views, from which pages write clock and calendar events in their language;
    /// not part of the API's JSON, whose <see cref="Comment"/> stays as stored.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? DetailsJson { get; init; }
}
