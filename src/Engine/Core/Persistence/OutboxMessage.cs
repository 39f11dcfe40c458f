namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// Work to do after a commit (an e-mail, a document to issue), written in the same transaction as the state change.
/// <see cref="Status"/> is <c>Pending</c>, <c>Sent</c> or <c>Failed</c>. <see cref="LeaseToken"/> names the dispatcher pass
/// that holds the row (see <see cref="IStoreSession.ClaimOutboxAsync"/>); null when no pass holds it.
/// </summary>
public sealed record OutboxMessage(
    Guid Id,
    Guid? InstanceId,
    string Kind,
    string PayloadJson,
    string Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    string? LastError,
    Guid? LeaseToken = null);
