using Mpp.Workflows.Engine.Observability;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// A store session that remembers the timers a command creates and hands them to the <see cref="ITimerScheduler"/> once
/// the commit succeeded and the transaction ended, so no job can run before its timer row exists. A scheduling failure only costs latency: the sweep
/// still finds the row.
/// </summary>
internal sealed class SchedulingSession(IStoreSession inner, ITimerScheduler scheduler, Action<Exception> onScheduleFailure) : IStoreSession
{
    private readonly List<TimerRecord> _created = [];
    private bool _committed;

    public async Task<InstanceRecord?> LockInstanceAsync(Guid id, CancellationToken cancellationToken) =>
        EngineTelemetry.Noted(await inner.LockInstanceAsync(id, cancellationToken).ConfigureAwait(false));

    public async Task<LockedTask?> LockInstanceOfTaskAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var locked = await inner.LockInstanceOfTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
        EngineTelemetry.Noted(locked?.Instance);
        return locked;
    }

    public Task<TaskRecord?> GetTaskAsync(Guid id, CancellationToken cancellationToken) => inner.GetTaskAsync(id, cancellationToken);

    public Task<IReadOnlyList<TaskRecord>> GetTasksOfInstanceAsync(Guid instanceId, CancellationToken cancellationToken) =>
        inner.GetTasksOfInstanceAsync(instanceId, cancellationToken);

    public Task InsertInstanceAsync(InstanceRecord instance, CancellationToken cancellationToken) =>
        inner.InsertInstanceAsync(EngineTelemetry.Noted(instance)!, cancellationToken);

    public Task UpdateInstanceAsync(InstanceRecord instance, int expectedRevision, CancellationToken cancellationToken) =>
        inner.UpdateInstanceAsync(instance, expectedRevision, cancellationToken);

    public Task InsertTaskAsync(TaskRecord task, CancellationToken cancellationToken) => inner.InsertTaskAsync(task, cancellationToken);

    public Task UpdateTaskAsync(TaskRecord task, CancellationToken cancellationToken) => inner.UpdateTaskAsync(task, cancellationToken);

    public Task AppendAuditAsync(AuditEvent auditEvent, CancellationToken cancellationToken) => inner.AppendAuditAsync(auditEvent, cancellationToken);

    public Task EnqueueOutboxAsync(OutboxMessage message, CancellationToken cancellationToken) => inner.EnqueueOutboxAsync(message, cancellationToken);

    public async Task InsertTimerAsync(TimerRecord timer, CancellationToken cancellationToken)
    {
        await inner.InsertTimerAsync(timer, cancellationToken).ConfigureAwait(false);
        if (!timer.Provisional)
        {
            _created.Add(timer);
        }
    }

    public Task<TimerRecord?> GetTimerAsync(Guid id, CancellationToken cancellationToken) => inner.GetTimerAsync(id, cancellationToken);

    public Task<IReadOnlyList<TimerRecord>> GetTimersOfTaskAsync(Guid taskId, CancellationToken cancellationToken) =>
        inner.GetTimersOfTaskAsync(taskId, cancellationToken);

    public Task<bool> MarkTimerFiredAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.MarkTimerFiredAsync(id, at, cancellationToken);

    public Task CancelTimerAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken) => inner.CancelTimerAsync(id, at, cancellationToken);

    public Task CancelTimersAsync(Guid instanceId, Guid? taskId, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.CancelTimersAsync(instanceId, taskId, at, cancellationToken);

    public Task<long> NextSequenceAsync(string scope, CancellationToken cancellationToken) => inner.NextSequenceAsync(scope, cancellationToken);

    public Task<string?> GetIdempotentResultAsync(string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.GetIdempotentResultAsync(key, now, cancellationToken);

    public Task SaveIdempotentResultAsync(string key, string resultJson, DateTimeOffset at, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        inner.SaveIdempotentResultAsync(key, resultJson, at, expiresAt, cancellationToken);

    public Task ReplaceIdempotentResultAsync(string key, string resultJson, CancellationToken cancellationToken) =>
        inner.ReplaceIdempotentResultAsync(key, resultJson, cancellationToken);

    public Task PurgeIdempotentResultsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.PurgeIdempotentResultsAsync(now, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ClaimOutboxAsync(
        DateTimeOffset now, DateTimeOffset leaseUntil, int limit, Guid leaseToken, CancellationToken cancellationToken) =>
        inner.ClaimOutboxAsync(now, leaseUntil, limit, leaseToken, cancellationToken);

    public Task RenewOutboxLeaseAsync(Guid leaseToken, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        inner.RenewOutboxLeaseAsync(leaseToken, leaseUntil, cancellationToken);

    public Task<OutboxMessage?> GetOutboxAsync(Guid id, CancellationToken cancellationToken) => inner.GetOutboxAsync(id, cancellationToken);

    public Task UpdateOutboxAsync(OutboxMessage message, CancellationToken cancellationToken) => inner.UpdateOutboxAsync(message, cancellationToken);

    public Task InsertDocumentAsync(DocumentRecord document, CancellationToken cancellationToken) =>
        inner.InsertDocumentAsync(document, cancellationToken);

    public Task InsertAttachmentAsync(AttachmentRecord attachment, CancellationToken cancellationToken) =>
        inner.InsertAttachmentAsync(attachment, cancellationToken);

    public Task<DocumentSummary?> FindDocumentBySourceAsync(Guid sourceId, CancellationToken cancellationToken) =>
        inner.FindDocumentBySourceAsync(sourceId, cancellationToken);

    public Task<DocumentSummary?> GetDocumentSummaryAsync(Guid id, CancellationToken cancellationToken) =>
        inner.GetDocumentSummaryAsync(id, cancellationToken);

    public Task<IReadOnlyList<DocumentSummary>> ListPermitsToRemindAsync(DateOnly from, DateOnly until, int limit, CancellationToken cancellationToken) =>
        inner.ListPermitsToRemindAsync(from, until, limit, cancellationToken);

    public Task<bool> MarkExpiryRemindedAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.MarkExpiryRemindedAsync(id, at, cancellationToken);

    public Task<bool> RevokeDocumentAsync(Guid id, DateTimeOffset at, string reason, string by, CancellationToken cancellationToken) =>
        inner.RevokeDocumentAsync(id, at, reason, by, cancellationToken);

    public Task InsertComplaintAsync(ComplaintRecord complaint, CancellationToken cancellationToken) =>
        inner.InsertComplaintAsync(complaint, cancellationToken);

    public Task<ComplaintRecord?> LockComplaintAsync(Guid id, CancellationToken cancellationToken) => inner.LockComplaintAsync(id, cancellationToken);

    public Task UpdateComplaintAsync(ComplaintRecord complaint, CancellationToken cancellationToken) =>
        inner.UpdateComplaintAsync(complaint, cancellationToken);

    public Task AppendComplaintEventAsync(ComplaintEvent complaintEvent, CancellationToken cancellationToken) =>
        inner.AppendComplaintEventAsync(complaintEvent, cancellationToken);

    public Task<int> CountComplaintsToMailboxAsync(string email, DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.CountComplaintsToMailboxAsync(email, since, cancellationToken);

    public Task<int> CountComplaintsOfApplicationAsync(Guid applicationId, DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.CountComplaintsOfApplicationAsync(applicationId, since, cancellationToken);

    public Task CancelComplaintTimersAsync(Guid complaintId, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.CancelComplaintTimersAsync(complaintId, at, cancellationToken);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await inner.CommitAsync(cancellationToken).ConfigureAwait(false);
        _committed = true;
    }

    public async Task<ApplicationSnapshot?> CommitReadingApplicationAsync(Guid id, string taskStatus, CancellationToken cancellationToken)
    {
        var snapshot = await inner.CommitReadingApplicationAsync(id, taskStatus, cancellationToken).ConfigureAwait(false);
        _committed = true;
        return snapshot;
    }

    /// <summary>
    /// Ends the transaction first: the SQLite store holds its single write lock until then, and scheduling (a write to the job
    /// storage) must not lengthen it.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        if (!_committed || _created.Count == 0)
        {
            return;
        }

        try
        {
            await scheduler.ScheduleAsync([.. _created], CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            onScheduleFailure(e);
        }

        _created.Clear();
    }
}
