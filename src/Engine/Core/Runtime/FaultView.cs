namespace Mpp.Workflows.Engine.Runtime;

/// <summary>Why a faulted application stopped, shown to staff and admins.</summary>
public sealed record FaultView(string ActivityId, string Message, DateTimeOffset At);
