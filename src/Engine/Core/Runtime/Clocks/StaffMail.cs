using Mpp.Workflows.Engine.Model.Payloads;

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
        IStoreSession session, InstanceRecord instance, string office, string role, Func<UserRecord, OutboxPayload> payload, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var staff = (await store.ListUsersAsync(cancellationToken).ConfigureAwait(false))
            .Where(u => u.Active && !string.IsNullOrWhiteSpace(u.Email) && string.Equals(u.Office, office, StringComparison.Ordinal)
                && u.Roles.Contains(role, StringComparer.Ordinal))
            .ToList();
        foreach (var user in staff)
        {
            await EffectWriter.EnqueueAsync(session, instance.Id, payload(user), now, cancellationToken).ConfigureAwait(false);
        }

        return staff.Count;
    }

    // MailStaffAsync only mails accounts with an address.
    public static ReminderMailPayload TaskMail(UserRecord to, TaskRecord task, DateTimeOffset? dueAt, bool overdue)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(task);
        return new(to.Email!, to.DisplayName, task.Title, dueAt, overdue);
    }

    public static StatutoryDeadlineMailPayload StatutoryMail(UserRecord to, WorkingClock clock)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(clock);
        return new(to.Email!, to.DisplayName, clock.DueAt, clock.Days);
    }

    public static string Recipients(int mailed) => mailed == 0 ? "no account with an e-mail address to tell" : $"{mailed} mail(s) queued";

    public static string Local(DateTimeOffset? instant, string zone) => instant is { } value
        ? TimeZoneInfo.ConvertTime(value, Calendar.TimeZones.Resolve(zone)).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)
        : "unknown";
}
