namespace Mpp.Workflows.Engine.Model;

/// <summary>
/// The <c>template</c> of an automatic <see cref="OutboxKinds.Email"/> row; a row without one comes from an
/// <c>Mpp.SendEmail</c> activity (<c>{activityId, to, subject, body, attachments}</c>). Payloads:
/// <list type="bullet">
/// <item><see cref="Receipt"/>: <c>{template, activityId, trackingToken, attachments:["Receipt"]}</c>, to the applicant;</item>
/// <item><see cref="ReturnedForRevision"/>: <c>{template, activityId, reasons}</c>, to the applicant;</item>
/// <item><see cref="Reminder"/>: <c>{template, to, staffName, taskTitle, dueAt, isOverdue}</c> (dueAt ISO 8601 with
/// offset), to a staff member about an open task of the row's application;</item>
/// <item><see cref="StatutoryDeadline"/>: <c>{template, to, staffName, dueAt, days}</c>, to the head of the authority when the
/// statutory deadline passed under <c>Notify</c>.</item>
/// </list>
/// </summary>
public static class OutboxMailTemplates
{
    public const string Receipt = "Receipt";
    public const string ReturnedForRevision = "ReturnedForRevision";
    public const string Reminder = "Reminder";
    public const string StatutoryDeadline = "StatutoryDeadline";
}
