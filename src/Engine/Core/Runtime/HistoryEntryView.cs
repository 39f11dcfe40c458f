namespace Mpp.Workflows.Engine.Runtime;

/// <summary>One line of an application's history.</summary>
public sealed record HistoryEntryView(DateTimeOffset At, string Actor, string? ActivityId, string Event, string? Outcome, string? Comment);
