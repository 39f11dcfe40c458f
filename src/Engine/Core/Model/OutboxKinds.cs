namespace Mpp.Workflows.Engine.Model;

/// <summary>
/// Kinds of outbox rows: intents written with the state change and carried out after the commit by
/// <see cref="Outbox.OutboxDispatcher"/>. A row stays <see cref="OutboxStatuses.Pending"/> until it has been done.
/// </summary>
public static class OutboxKinds
{
    public const string IssueDocument = "IssueDocument";
    public const string Email = "Email";
}
