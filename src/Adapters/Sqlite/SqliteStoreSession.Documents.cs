using Microsoft.Data.Sqlite;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Sqlite;

internal sealed partial class SqliteStoreSession
{
    // The session holds the database's write lock, so no other claim can run between the read and the update.
    public async Task<IReadOnlyList<OutboxMessage>> ClaimOutboxAsync(
        DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<OutboxMessage> due;
        await using (var select = Command(
            $"""
            SELECT {SqliteDocumentRows.OutboxColumns} FROM outbox
            WHERE status = 'Pending' AND next_attempt_at <= @now
            ORDER BY next_attempt_at, created_at, id
            LIMIT @limit;
            """).With("@now", now).With("@limit", limit))
        {
            due = await select.ListAsync(SqliteDocumentRows.ReadOutbox, cancellationToken);
        }

        foreach (var message in due)
        {
            await using var update = Command("UPDATE outbox SET next_attempt_at = @lease WHERE id = @id;")
                .With("@id", message.Id).With("@lease", leaseUntil);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return [.. due.Select(m => m with { NextAttemptAt = leaseUntil }).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)];
    }

    public async Task<OutboxMessage?> GetOutboxAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {SqliteDocumentRows.OutboxColumns} FROM outbox WHERE id = @id;").With("@id", id);
        return await command.SingleOrDefaultAsync(SqliteDocumentRows.ReadOutbox, cancellationToken);
    }

    public async Task UpdateOutboxAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var command = Command(
            "UPDATE outbox SET status = @status, attempts = @attempts, next_attempt_at = @next, last_error = @error WHERE id = @id;")
            .With("@id", message.Id).With("@status", message.Status).With("@attempts", message.Attempts)
            .With("@next", message.NextAttemptAt).With("@error", message.LastError);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new InvalidOperationException($"Outbox row {message.Id} does not exist.");
        }
    }

    public async Task InsertDocumentAsync(DocumentRecord document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await using var command = Command(
            $"""
            INSERT INTO documents ({SqliteDocumentRows.DocumentColumns})
            VALUES (@id, @instance, @source, @kind, @number, @holder, @sha, @issued, @revoked, @reason, @by, @content);
            """)
            .With("@id", document.Id).With("@instance", document.InstanceId).With("@source", document.SourceId).With("@kind", document.Kind)
            .With("@number", document.Number).With("@holder", document.Holder).With("@sha", document.Sha256)
            .With("@issued", document.IssuedAt).With("@revoked", document.RevokedAt).With("@reason", document.RevokeReason)
            .With("@by", document.RevokedBy).With("@content", document.Content);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException exception) when (exception.IsUniqueViolation())
        {
            throw new ConcurrencyException($"Document number {document.Number} or source {document.SourceId} is already issued.", exception);
        }
    }

    public async Task<DocumentSummary?> FindDocumentBySourceAsync(Guid sourceId, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {SqliteDocumentRows.SummaryColumns} FROM documents WHERE source_id = @source;")
            .With("@source", sourceId);
        return await command.SingleOrDefaultAsync(SqliteDocumentRows.ReadSummary, cancellationToken);
    }

    public async Task<DocumentSummary?> GetDocumentSummaryAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {SqliteDocumentRows.SummaryColumns} FROM documents WHERE id = @id;").With("@id", id);
        return await command.SingleOrDefaultAsync(SqliteDocumentRows.ReadSummary, cancellationToken);
    }

    public async Task<bool> RevokeDocumentAsync(Guid id, DateTimeOffset at, string reason, string by, CancellationToken cancellationToken)
    {
        await using var command = Command(
            "UPDATE documents SET revoked_at = @at, revoke_reason = @reason, revoked_by = @by WHERE id = @id AND revoked_at IS NULL;")
            .With("@id", id).With("@at", at).With("@reason", reason).With("@by", by);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
