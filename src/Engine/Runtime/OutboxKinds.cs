namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Kinds of outbox rows. They are intents written with the state change; until the document and mail pipeline
/// processes them they stay <see cref="OutboxStatuses.Pending"/>: nothing claims to have been sent.
/// </summary>
public static class OutboxKinds
{
    public const string IssueDocument = "IssueDocument";
    public const string Email = "Email";
}
