namespace Mpp.Workflows.Engine.Runtime;

/// <summary>A token about to enter <see cref="ActivityId"/>, having left <see cref="FromActivityId"/> (null at the start).</summary>
public sealed record PendingToken(string ActivityId, string? FromActivityId);
