using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Engine.Tests.Outbox;

/// <summary>
/// Payloads exactly as the runtime wrote them before <c>OutboxPayloads</c> existed (the JsonObject code it replaced, copied
/// here): rows of this shape, without <c>schemaVersion</c>, are in production databases and must still be read.
/// </summary>
internal static class LegacyPayloads
{
    public static string IssueDocument(string activityId, string? kind) =>
        new JsonObject { ["activityId"] = activityId, ["kind"] = kind }.ToJsonString();

    public static string IssueReceipt(string startActivityId, string trackingToken) =>
        new JsonObject { ["kind"] = "Receipt", ["activityId"] = startActivityId, ["trackingToken"] = trackingToken }.ToJsonString();

    public static string ReceiptMail(string startActivityId, string trackingToken) => new JsonObject
    {
        ["template"] = OutboxMailTemplates.Receipt,
        ["activityId"] = startActivityId,
        ["trackingToken"] = trackingToken,
        ["attachments"] = new JsonArray("Receipt"),
    }.ToJsonString();

    public static string ActivityMail(string activityId, string? to, string? subject, string? body, IEnumerable<string> attachments) => new JsonObject
    {
        ["activityId"] = activityId,
        ["to"] = to,
        ["subject"] = subject,
        ["body"] = body,
        ["attachments"] = new JsonArray([.. attachments.Select(a => (JsonNode?)JsonValue.Create(a))]),
    }.ToJsonString();

    public static string RevisionMail(string? activityId, string? reasons) => new JsonObject
    {
        ["template"] = OutboxMailTemplates.ReturnedForRevision,
        ["activityId"] = activityId,
        ["reasons"] = reasons,
    }.ToJsonString();

    public static string ReminderMail(string to, string displayName, string taskTitle, DateTimeOffset? dueAt, bool overdue) => new JsonObject
    {
        ["template"] = OutboxMailTemplates.Reminder,
        ["to"] = to,
        ["staffName"] = displayName,
        ["taskTitle"] = taskTitle,
        ["dueAt"] = dueAt,
        ["isOverdue"] = overdue,
    }.ToJsonString();

    public static string StatutoryMail(string to, string displayName, DateTimeOffset? dueAt, int days) => new JsonObject
    {
        ["template"] = OutboxMailTemplates.StatutoryDeadline,
        ["to"] = to,
        ["staffName"] = displayName,
        ["dueAt"] = dueAt,
        ["days"] = days,
    }.ToJsonString();
}
