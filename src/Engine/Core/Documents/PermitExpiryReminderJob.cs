using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Model.Payloads;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// Reminds holders of permits that end within <see cref="DocumentOptions.ExpiryReminderDays"/> calendar days (counted from
/// today in the engine's time zone): each such permit, not revoked and not yet renewed, is marked reminded and gets one
/// <see cref="PermitExpiryMailPayload"/> outbox row, both in one transaction. The mark makes it once per permit: a second run,
/// another host's run at the same time (the mark is written only where it is still empty) or a crash before the commit
/// (neither is kept) sends no second mail. A permit that has already ended is not reminded.
/// </summary>
public sealed class PermitExpiryReminderJob(
    IWorkflowStore store, IOptions<DocumentOptions> options, IOptions<EngineOptions> engine, TimeProvider time, ILogger<PermitExpiryReminderJob> logger)
    : IRecurringJob
{
    public const string Id = "permit-expiry-reminders";

    /// <summary>Hourly, at minute 23: a host that was down for a while catches up within the hour.</summary>
    public const string Cron = "23 * * * *";

    /// <summary>Permits marked and queued per transaction.</summary>
    private const int Batch = 100;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.ExpiryReminderDays;
        if (days <= 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZones.Resolve(engine.Value.TimeZone)).DateTime);
        var until = today.AddDays(days);
        int queued;
        do
        {
            queued = await RemindBatchAsync(today, until, now, cancellationToken).ConfigureAwait(false);
        }
        while (queued == Batch);
    }

    private async Task<int> RemindBatchAsync(DateOnly today, DateOnly until, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginAsync(cancellationToken).ConfigureAwait(false);
        var due = await session.ListPermitsToRemindAsync(today, until, Batch, cancellationToken).ConfigureAwait(false);
        var queued = 0;
        foreach (var permit in due)
        {
            if (!await session.MarkExpiryRemindedAsync(permit.Id, now, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            await session.EnqueueOutboxAsync(
                new OutboxMessage(Guid.NewGuid(), permit.InstanceId, OutboxKinds.Email, OutboxPayloads.Write(new PermitExpiryMailPayload(permit.Id)),
                    OutboxStatuses.Pending, 0, now, now, null),
                cancellationToken).ConfigureAwait(false);
            queued++;
        }

        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (queued > 0)
        {
            logger.LogInformation("Queued {Count} permit expiry reminders (permits ending by {Until})", queued, until);
        }

        return due.Count;
    }
}
