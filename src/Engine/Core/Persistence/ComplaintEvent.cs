namespace Mpp.Workflows.Engine.Persistence;

/// <summary>One entry of a complaint's trail (a <see cref="ComplaintEvents"/> value), by a person or the system.</summary>
public sealed record ComplaintEvent(Guid ComplaintId, DateTimeOffset At, string Actor, string Event, string? Comment);
