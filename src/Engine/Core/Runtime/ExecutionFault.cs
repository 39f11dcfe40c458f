namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Why an instance stopped: the activity whose expression failed, the error, and the tokens that were about to run,
/// so an admin's retry continues exactly where execution stopped.
/// </summary>
public sealed record ExecutionFault(string ActivityId, string Message, DateTimeOffset At, IReadOnlyList<PendingToken> PendingTokens, string ResumeStatus);
