using System.Globalization;
using System.Text.Json.Nodes;
using Mpp.Workflows.Engine.Model;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>Mails to staff (reminders, escalations, the statutory deadline) as outbox rows, and the wording their audit entries use.</summary>
public sealed class StaffMail(IWorkflowStore store)
{
    /// <summary>
    /// Queues one mail per active account of <paramref name="office"/> with <paramref name="role"/> that has an e-mail address
    /// (each its own outbox row: its own Message-Id and retries). The accounts are read outside the transaction: an account
    /// changed meanwhile only changes who is told. Returns how many mails were queued.
    /// </summary>
    public async Task<int> MailStaffAsync(
        IStoreSession session, InstanceRecord instance, string office, string role, Func<UserRecord, JsonObject> payload, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var staff = (await store.ListUsersAsync(cancellationToken).ConfigureAwait(false))
            .Where(u => u.Active && !string.IsNullOrWhiteSpace(u.Email) && string.Equals(u.Office, office, StringComparison.Ordinal)
                && u.Roles.Contains(role, StringComparer.Ordinal))
            .ToList();
        foreach (var user in staff)
        {
            await EffectWriter.EnqueueAsync(session, instance.Id, OutboxKinds.Email, payload(user), now, cancellationToken).ConfigureAwait(false);
        }

        return staff.Count;
    }

    public static JsonObject TaskMail(UserRecord to, TaskRecord task, DateTimeOffset? dueAt, bool overdue) => new()
    {
        ["template"] = OutboxMailTemplates.Reminder,
        ["to"] = to.Email,
        ["staffName"] = to.DisplayName,
        ["taskTitle"] = task.Title,
        ["dueAt"] = dueAt,
        ["isOverdue"] = overdue,
    };

    public static JsonObject StatutoryMail(UserRecord to, WorkingClock clock) => new()
    {
        ["template"] = OutboxMailTemplates.StatutoryDeadline,
        ["to"] = to.Email,
        ["staffName"] = to.DisplayName,
        ["dueAt"] = clock.DueAt,
        ["days"] = clock.Days,
    };

    public static string Recipients(int mailed) => mailed == 0 ? "no account with an e-mail address to tell" : $"{mailed} mail(s) queued";

    public static string Local(DateTimeOffset? instant, string zone) => instant is { } value
        ? TimeZoneInfo.ConvertTime(value, Calendar.TimeZones.Resolve(zone)).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)
        : "unknown";
}
