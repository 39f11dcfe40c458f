namespace Mpp.Workflows.Engine.Model;

/// <summary>
/// The <c>template</c> of an automatic <see cref="OutboxKinds.Email"/> row, naming its payload record in
/// <c>Outbox.Payloads</c>: <see cref="Receipt"/> (<see cref="Outbox.Payloads.ReceiptMailPayload"/>),
/// <see cref="ReturnedForRevision"/> (<see cref="Outbox.Payloads.RevisionRequestMailPayload"/>), <see cref="Reminder"/>
/// (<see cref="Outbox.Payloads.ReminderMailPayload"/>) and <see cref="StatutoryDeadline"/>
/// (<see cref="Outbox.Payloads.StatutoryDeadlineMailPayload"/>), <see cref="PermitExpiry"/> (<see cref="Outbox.Payloads.PermitExpiryMailPayload"/>). A row without one comes from an <c>Mpp.SendEmail</c> activity
/// (<see cref="Outbox.Payloads.ActivityMailPayload"/>). <see cref="Outbox.Payloads.OutboxPayloads"/> writes and reads them.
/// </summary>
public static class OutboxMailTemplates
{
    public const string Receipt = "Receipt";
    public const string ReturnedForRevision = "ReturnedForRevision";
    public const string Reminder = "Reminder";
    public const string StatutoryDeadline = "StatutoryDeadline";
    public const string PermitExpiry = "PermitExpiry";
    public const string ComplaintFiled = "ComplaintFiled";
    public const string ComplaintAnswered = "ComplaintAnswered";
}
