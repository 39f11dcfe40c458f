using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Relational;

/// <summary>Timers, outbox, documents and attachments inside the session.</summary>
public abstract partial class RelationalStoreSession
{
    public Task InsertTimerAsync(TimerRecord timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return WriteAsync(
            new Sql(
                $"""
                INSERT INTO {T("timers")} ({Rows.TimerColumns})
                VALUES (@id, @instance, @kind, @activity, @task, @due, @fired, @cancelled, @provisional, @complaint);
                """)
                .With("id", timer.Id).With("instance", timer.InstanceId).With("kind", timer.Kind).With("activity", timer.ActivityId)
                .With("task", timer.TaskId).With("due", timer.DueAt).With("fired", timer.FiredAt).With("cancelled", timer.CancelledAt)
                .With("provisional", timer.Provisional).With("complaint", timer.ComplaintId),
            cancellationToken);
    }

    public Task<TimerRecord?> GetTimerAsync(Guid id, CancellationToken cancellationToken) =>
        QueryAsync(new Sql($"SELECT {Rows.TimerColumns} FROM {T("timers")} WHERE id = @id;").With("id", id), Rows.Timer, cancellationToken);

    public Task<IReadOnlyList<TimerRecord>> GetTimersOfTaskAsync(Guid taskId, CancellationToken cancellationToken) =>
        QueryListAsync(
            new Sql($"SELECT {Rows.TimerColumns} FROM {T("timers")} WHERE task_id = @task ORDER BY due_at, id;").With("task", taskId),
            Rows.Timer,
            cancellationToken);

    public Task<bool> MarkTimerFiredAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken) =>
        QueryAsync(
            [
                new Sql(
                    $"UPDATE {T("timers")} SET fired_at = @at WHERE id = @id AND fired_at IS NULL AND cancelled_at IS NULL RETURNING id;")
                    .With("id", id).With("at", at),
            ],
            (reader, token) => reader.ReadAsync(token),
            cancellationToken);

    public Task CancelTimerAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync(
            new Sql($"UPDATE {T("timers")} SET cancelled_at = @at WHERE id = @id AND fired_at IS NULL AND cancelled_at IS NULL;")
                .With("id", id).With("at", at),
            cancellationToken);

    public Task CancelTimersAsync(Guid instanceId, Guid? taskId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var statement = new Sql(
            taskId is null
                ? $"UPDATE {T("timers")} SET cancelled_at = @at " +
                  "WHERE instance_id = @instance AND fired_at IS NULL AND cancelled_at IS NULL;"
                : $"UPDATE {T("timers")} SET cancelled_at = @at " +
                  "WHERE instance_id = @instance AND task_id = @task AND fired_at IS NULL AND cancelled_at IS NULL;")
            .With("instance", instanceId).With("at", at);
        if (taskId is not null)
        {
            statement.With("task", taskId.Value);
        }

        return WriteAsync(statement, cancellationToken);
    }

    public Task<IReadOnlyList<OutboxMessage>> ClaimOutboxAsync(
        DateTimeOffset now, DateTimeOffset leaseUntil, int limit, Guid leaseToken, CancellationToken cancellationToken) =>
        QueryAsync(
            [new Sql(Dialect.ClaimOutbox).With("now", now).With("lease", leaseUntil).With("limit", limit).With("token", leaseToken)],
            async (reader, token) =>
            {
                var claimed = await reader.ListAsync(Rows.Outbox, token);
                _seenOutbox.UnionWith(claimed.Select(m => m.Id));
                return (IReadOnlyList<OutboxMessage>)[.. claimed.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)];
            },
            cancellationToken);

    public Task RenewOutboxLeaseAsync(Guid leaseToken, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        WriteAsync(
            new Sql($"UPDATE {T("outbox")} SET next_attempt_at = @lease WHERE lease_token = @token AND status = 'Pending';")
                .With("token", leaseToken).With("lease", leaseUntil),
            cancellationToken);

    public async Task<OutboxMessage?> GetOutboxAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await QueryAsync(
            new Sql($"SELECT {Rows.OutboxColumns} FROM {T("outbox")} WHERE id = @id{Dialect.ForUpdate};").With("id", id),
            Rows.Outbox,
            cancellationToken);
        if (row is not null)
        {
            _seenOutbox.Add(row.Id);
        }

        return row;
    }

    public Task UpdateOutboxAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return WriteAsync(
            new Sql(
                $"""
                UPDATE {T("outbox")}
                SET status = @status, attempts = @attempts, next_attempt_at = @next, last_error = @error, lease_token = @lease
                WHERE id = @id;
                """)
                .With("id", message.Id).With("status", message.Status).With("attempts", message.Attempts)
                .With("next", message.NextAttemptAt).With("error", message.LastError).With("lease", message.LeaseToken),
            null,
            _seenOutbox.Contains(message.Id) ? null : () => new InvalidOperationException($"Outbox row {message.Id} does not exist."),
            cancellationToken);
    }

    public Task InsertDocumentAsync(DocumentRecord document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var d = document.Summary;
        return WriteAsync(
            new Sql(
                $"""
                INSERT INTO {T("documents")} ({Rows.DocumentColumns})
                VALUES (@id, @instance, @source, @kind, @number, @holder, @sha, @issued, @revoked, @reason, @by, @from, @until, @renews,
                        @content, @check);
                """)
                .With("id", d.Id).With("instance", d.InstanceId).With("source", d.SourceId).With("kind", d.Kind)
                .With("number", d.Number).With("holder", d.Holder).With("sha", d.Sha256)
                .With("issued", d.IssuedAt).With("revoked", d.RevokedAt).With("reason", d.RevokeReason)
                .With("by", d.RevokedBy).With("from", d.ValidFrom).With("until", d.ValidUntil).With("renews", d.RenewalOf)
                .With("content", document.Content)
                .With("check", document.CheckCodeHash),
            new UniqueViolation("documents", $"Document number {d.Number} or source {d.SourceId} is already issued."),
            null,
            cancellationToken);
    }

    public Task<DocumentSummary?> FindDocumentBySourceAsync(Guid sourceId, CancellationToken cancellationToken) =>
        QueryAsync(
            new Sql($"SELECT {Rows.DocumentSummaryColumns} FROM {T("documents")} WHERE source_id = @source;").With("source", sourceId),
            Rows.DocumentSummary,
            cancellationToken);

    public Task<DocumentSummary?> GetDocumentSummaryAsync(Guid id, CancellationToken cancellationToken) =>
        QueryAsync(
            new Sql($"SELECT {Rows.DocumentSummaryColumns} FROM {T("documents")} WHERE id = @id;").With("id", id),
            Rows.DocumentSummary,
            cancellationToken);

    public Task<bool> RevokeDocumentAsync(Guid id, DateTimeOffset at, string reason, string by, CancellationToken cancellationToken) =>
        QueryAsync(
            [
                new Sql(
                    $"""
                    UPDATE {T("documents")} SET revoked_at = @at, revoke_reason = @reason, revoked_by = @by
                    WHERE id = @id AND revoked_at IS NULL
                    RETURNING id;
                    """).With("id", id).With("at", at).With("reason", reason).With("by", by),
            ],
            (reader, token) => reader.ReadAsync(token),
            cancellationToken);

    public Task<IReadOnlyList<DocumentSummary>> ListPermitsToRemindAsync(
        DateOnly from, DateOnly until, int limit, CancellationToken cancellationToken) =>
        QueryListAsync(
            new Sql(
                $"""
                SELECT {Rows.DocumentSummaryColumns} FROM {T("documents")} d
                WHERE d.kind = @permit AND d.revoked_at IS NULL AND d.expiry_reminded_at IS NULL
                  AND d.valid_until IS NOT NULL AND d.valid_until >= @from AND d.valid_until <= @until
                  AND NOT EXISTS (SELECT 1 FROM {T("documents")} r WHERE r.renewal_of = d.id AND r.revoked_at IS NULL)
                ORDER BY d.valid_until, d.number
                LIMIT @limit;
                """)
                .With("permit", DocumentKinds.Permit).With("from", from).With("until", until).With("limit", limit),
            Rows.DocumentSummary,
            cancellationToken);

    public Task<bool> MarkExpiryRemindedAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken) =>
        QueryAsync(
            [
                new Sql(
                    $"""
                    UPDATE {T("documents")} SET expiry_reminded_at = @at
                    WHERE id = @id AND expiry_reminded_at IS NULL
                    RETURNING id;
                    """).With("id", id).With("at", at),
            ],
            (reader, token) => reader.ReadAsync(token),
            cancellationToken);

    public Task InsertAttachmentAsync(AttachmentRecord attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var a = attachment.Summary;
        return WriteAsync(
            new Sql(
                $"""
                INSERT INTO {T("attachments")} ({Rows.AttachmentColumns})
                VALUES (@id, @instance, @field, @file, @type, @size, @sha, @at, @content);
                """)
                .With("id", a.Id).With("instance", a.InstanceId).With("field", a.FieldName).With("file", a.FileName)
                .With("type", a.ContentType).With("size", a.Size).With("sha", a.Sha256).With("at", a.UploadedAt)
                .With("content", attachment.Content),
            cancellationToken);
    }
}
