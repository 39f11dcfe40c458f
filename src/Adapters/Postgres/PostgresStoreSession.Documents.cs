using Mpp.Workflows.Engine.Persistence;


namespace Mpp.Workflows.Adapters.Postgres;

internal sealed partial class PostgresStoreSession
{
    public Task<IReadOnlyList<OutboxMessage>> ClaimOutboxAsync(
        DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken) =>
        // SKIP LOCKED: dispatchers on other hosts claim other rows instead of queueing behind this transaction.
        QueryAsync(
            [
                Statement(
                    $"""
                    WITH due AS (
                        SELECT id FROM {_schema}.outbox
                        WHERE status = 'Pending' AND next_attempt_at <= @now
                        ORDER BY next_attempt_at, created_at, id
                        LIMIT @limit
                        FOR UPDATE SKIP LOCKED
                    )
                    UPDATE {_schema}.outbox o SET next_attempt_at = @lease
                    FROM due WHERE o.id = due.id
                    RETURNING o.id, o.instance_id, o.kind, o.payload::text, o.status, o.attempts, o.created_at, o.next_attempt_at,
                              o.last_error;
                    """).With("now", now).With("lease", leaseUntil).With("limit", limit),
            ],
            async (reader, token) =>
            {
                var claimed = await reader.ListAsync(PostgresDocumentRows.ReadOutbox, token);
                _seenOutbox.UnionWith(claimed.Select(m => m.Id));
                return (IReadOnlyList<OutboxMessage>)[.. claimed.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)];
            },
            cancellationToken);

    public async Task<OutboxMessage?> GetOutboxAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await QueryAsync(
            Statement($"SELECT {PostgresDocumentRows.OutboxColumns} FROM {_schema}.outbox WHERE id = @id FOR UPDATE;").With("id", id),
            PostgresDocumentRows.ReadOutbox,
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
        Enqueue(
            Statement(
                $"""
                UPDATE {_schema}.outbox SET status = @status, attempts = @attempts, next_attempt_at = @next, last_error = @error
                WHERE id = @id;
                """)
                .With("id", message.Id).With("status", message.Status).With("attempts", message.Attempts)
                .With("next", message.NextAttemptAt).With("error", message.LastError),
            whenNoRow: _seenOutbox.Contains(message.Id) ? null : () => new InvalidOperationException($"Outbox row {message.Id} does not exist."));
        return Task.CompletedTask;
    }

    public Task InsertDocumentAsync(DocumentRecord document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        Enqueue(
            Statement(
                $"""
                INSERT INTO {_schema}.documents ({PostgresDocumentRows.DocumentColumns})
                VALUES (@id, @instance, @source, @kind, @number, @holder, @sha, @issued, @revoked, @reason, @by, @content);
                """)
                .With("id", document.Id).With("instance", document.InstanceId).With("source", document.SourceId).With("kind", document.Kind)
                .With("number", document.Number).With("holder", document.Holder).With("sha", document.Sha256)
                .With("issued", document.IssuedAt).With("revoked", document.RevokedAt).With("reason", document.RevokeReason)
                .With("by", document.RevokedBy).With("content", document.Content),
            new UniqueViolation("documents", $"Document number {document.Number} or source {document.SourceId} is already issued."));
        return Task.CompletedTask;
    }

    public Task<DocumentSummary?> FindDocumentBySourceAsync(Guid sourceId, CancellationToken cancellationToken) =>
        QueryAsync(
            Statement($"SELECT {PostgresDocumentRows.SummaryColumns} FROM {_schema}.documents WHERE source_id = @source;")
                .With("source", sourceId),
            PostgresDocumentRows.ReadSummary,
            cancellationToken);

    public Task<DocumentSummary?> GetDocumentSummaryAsync(Guid id, CancellationToken cancellationToken) =>
        QueryAsync(
            Statement($"SELECT {PostgresDocumentRows.SummaryColumns} FROM {_schema}.documents WHERE id = @id;").With("id", id),
            PostgresDocumentRows.ReadSummary,
            cancellationToken);

    public Task<bool> RevokeDocumentAsync(Guid id, DateTimeOffset at, string reason, string by, CancellationToken cancellationToken) =>
        QueryAsync(
            [
                Statement(
                    $"""
                    UPDATE {_schema}.documents SET revoked_at = @at, revoke_reason = @reason, revoked_by = @by
                    WHERE id = @id AND revoked_at IS NULL
                    RETURNING id;
                    """).With("id", id).With("at", at).With("reason", reason).With("by", by),
            ],
            (reader, token) => reader.ReadAsync(token),
            cancellationToken);
}
