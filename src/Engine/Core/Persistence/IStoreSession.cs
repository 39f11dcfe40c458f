namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// One write transaction. <see cref="LockInstanceAsync"/> serialises commands on the same application (row lock on
/// PostgreSQL; SQLite sessions are serialised as a whole by <c>BEGIN IMMEDIATE</c>). Nothing is visible to others
/// before <see cref="CommitAsync"/>; disposing an uncommitted session rolls back.
/// </summary>
/// <remarks>
/// A store may buffer writes and send them with the session's next read or with <see cref="CommitAsync"/> (PostgreSQL
/// does, to save round trips). Reads always see the session's earlier writes, but an error a write documents (a
/// <see cref="ConcurrencyException"/> for a stale revision or a taken key) may be thrown by that write, by any later call,
/// or by <see cref="CommitAsync"/>. Callers therefore treat such an exception from anywhere in the command as the
/// command's failure and dispose the session.
/// </remarks>
public interface IStoreSession : IAsyncDisposable
{
    /// <summary>Reads the instance and holds its lock until the transaction ends; null when unknown.</summary>
    Task<InstanceRecord?> LockInstanceAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Locks the instance the task belongs to (as <see cref="LockInstanceAsync"/>) and then reads the task, so the task is
    /// as the previous holder of the lock left it; null when the task or its instance is unknown.
    /// </summary>
    Task<LockedTask?> LockInstanceOfTaskAsync(Guid taskId, CancellationToken cancellationToken);

    /// <summary>Reads a task inside the transaction (call after locking its instance to see the latest state).</summary>
    Task<TaskRecord?> GetTaskAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Tasks of the instance inside the transaction, any status.</summary>
    Task<IReadOnlyList<TaskRecord>> GetTasksOfInstanceAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>Throws <see cref="ConcurrencyException"/> when the id or registration number is taken (possibly later, see remarks).</summary>
    Task InsertInstanceAsync(InstanceRecord instance, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="instance"/> when the stored revision equals <paramref name="expectedRevision"/>; the caller
    /// passes the new revision in the record. Throws <see cref="ConcurrencyException"/> otherwise (possibly only at the next
    /// read or at <see cref="CommitAsync"/>, see the remarks on <see cref="IStoreSession"/>).
    /// </summary>
    Task UpdateInstanceAsync(InstanceRecord instance, int expectedRevision, CancellationToken cancellationToken);

    Task InsertTaskAsync(TaskRecord task, CancellationToken cancellationToken);

    Task UpdateTaskAsync(TaskRecord task, CancellationToken cancellationToken);

    Task AppendAuditAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    Task EnqueueOutboxAsync(OutboxMessage message, CancellationToken cancellationToken);

    Task InsertTimerAsync(TimerRecord timer, CancellationToken cancellationToken);

    /// <summary>Reads a timer inside the transaction.</summary>
    Task<TimerRecord?> GetTimerAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The timers of one task inside the transaction, any state (rescheduling skips a reminder that already fired).</summary>
    Task<IReadOnlyList<TimerRecord>> GetTimersOfTaskAsync(Guid taskId, CancellationToken cancellationToken);

    /// <summary>Sets <see cref="TimerRecord.FiredAt"/> (only if neither fired nor cancelled); returns whether it did.</summary>
    Task<bool> MarkTimerFiredAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Cancels one timer if it is still open (a delay whose branch was cancelled).</summary>
    Task CancelTimerAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Cancels the open timers of an instance, all of them or those of one task.</summary>
    Task CancelTimersAsync(Guid instanceId, Guid? taskId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Returns the next value (1, 2, …) of a named counter, e.g. registration numbers per service and year.</summary>
    Task<long> NextSequenceAsync(string scope, CancellationToken cancellationToken);

    /// <summary>The stored result of an earlier command with this key, or null when there is none or it expired by <paramref name="now"/>.</summary>
    Task<string?> GetIdempotentResultAsync(string key, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records a command's result under its key until <paramref name="expiresAt"/>, replacing a row of the key that expired
    /// by <paramref name="at"/>. Throws <see cref="ConcurrencyException"/> if the key is taken (possibly only at the next read
    /// or at <see cref="CommitAsync"/>).
    /// </summary>
    Task SaveIdempotentResultAsync(string key, string resultJson, DateTimeOffset at, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Replaces the stored result of a key (a command that records its response once it is known); no row, no change.</summary>
    Task ReplaceIdempotentResultAsync(string key, string resultJson, CancellationToken cancellationToken);

    /// <summary>Deletes the idempotency keys that expired by <paramref name="now"/>.</summary>
    Task PurgeIdempotentResultsAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="limit"/> pending outbox rows whose next attempt is due at <paramref name="now"/>, oldest first, by moving their
    /// <see cref="OutboxMessage.NextAttemptAt"/> to <paramref name="leaseUntil"/>: other dispatchers skip them until then, and
    /// a dispatcher that dies holding them only delays them. Rows locked by another open claim are skipped, not waited for.
    /// Each claimed row is marked with <paramref name="leaseToken"/>, so that only the claim's holder finishes it (a holder
    /// whose lease ran out finds another token and leaves the row). Returns the rows as claimed.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimOutboxAsync(
        DateTimeOffset now, DateTimeOffset leaseUntil, int limit, Guid leaseToken, CancellationToken cancellationToken);

    /// <summary>
    /// Extends the lease of the pending rows still held with <paramref name="leaseToken"/> to <paramref name="leaseUntil"/>
    /// (a pass that takes longer than its lease keeps its rows).
    /// </summary>
    Task RenewOutboxLeaseAsync(Guid leaseToken, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Reads an outbox row inside the transaction; null when unknown.</summary>
    Task<OutboxMessage?> GetOutboxAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Writes a row's delivery state (status, attempts, next attempt, last error, lease); the kind and payload never change.</summary>
    Task UpdateOutboxAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Stores an issued document. Throws <see cref="ConcurrencyException"/> when its number or source row is taken.</summary>
    Task InsertDocumentAsync(DocumentRecord document, CancellationToken cancellationToken);

    /// <summary>The document issued for an outbox row, if any (inside the transaction).</summary>
    Task<DocumentSummary?> FindDocumentBySourceAsync(Guid sourceId, CancellationToken cancellationToken);

    /// <summary>Reads a document without its bytes inside the transaction; null when unknown.</summary>
    Task<DocumentSummary?> GetDocumentSummaryAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Marks a document revoked unless it already is; returns whether this call revoked it.</summary>
    Task<bool> RevokeDocumentAsync(Guid id, DateTimeOffset at, string reason, string by, CancellationToken cancellationToken);

    /// <summary>
    /// Permits whose last day of validity is between <paramref name="from"/> and <paramref name="until"/> (inclusive), not
    /// revoked, not yet reminded of their expiry and not renewed by a permit that stands, soonest first, at most
    /// <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<DocumentSummary>> ListPermitsToRemindAsync(DateOnly from, DateOnly until, int limit, CancellationToken cancellationToken);

    /// <summary>Marks a permit's holder reminded of its expiry unless already marked; returns whether this call marked it.</summary>
    Task<bool> MarkExpiryRemindedAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Stores an uploaded file with the command that brought it, so it commits or rolls back with the submission.</summary>
    Task InsertAttachmentAsync(AttachmentRecord attachment, CancellationToken cancellationToken);

    /// <summary>Stores a new complaint. Throws <see cref="ConcurrencyException"/> when its id or number is taken (possibly later).</summary>
    Task InsertComplaintAsync(ComplaintRecord complaint, CancellationToken cancellationToken);

    /// <summary>Reads a complaint and holds its lock until the transaction ends; null when unknown.</summary>
    Task<ComplaintRecord?> LockComplaintAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Writes a complaint's clock, escalation and answer (the rest never changes).</summary>
    Task UpdateComplaintAsync(ComplaintRecord complaint, CancellationToken cancellationToken);

    Task AppendComplaintEventAsync(ComplaintEvent complaintEvent, CancellationToken cancellationToken);

    /// <summary>
    /// How many complaints filed at or after <paramref name="since"/> gave an address reaching the same mailbox as
    /// <paramref name="email"/> to reply to (<see cref="Mail.Mailbox.Key"/>: any letter case, any <c>+tag</c>).
    /// </summary>
    Task<int> CountComplaintsToMailboxAsync(string email, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>How many complaints about application <paramref name="applicationId"/> were filed at or after <paramref name="since"/>.</summary>
    Task<int> CountComplaintsOfApplicationAsync(Guid applicationId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Cancels a complaint's pending timers (answered, or its due instant recomputed).</summary>
    Task CancelComplaintTimersAsync(Guid complaintId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Sends any buffered writes and commits; throws the errors those writes document.</summary>
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Commits as <see cref="CommitAsync"/> and returns the application as this transaction leaves it, read inside it just
    /// before the commit (what <see cref="IWorkflowStore.GetApplicationSnapshotAsync"/> would read right after, while the
    /// instance lock still keeps other commands out), so a command that answers with the application needs no second
    /// connection; a store that buffers sends the writes, the reads and the commit in one round trip. Null when unknown.
    /// </summary>
    Task<ApplicationSnapshot?> CommitReadingApplicationAsync(Guid id, string taskStatus, CancellationToken cancellationToken);
}
