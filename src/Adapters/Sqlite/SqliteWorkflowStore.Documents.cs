using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Sqlite;

public sealed partial class SqliteWorkflowStore
{
    public async Task<IReadOnlyList<OutboxMessage>> ListOutboxOfInstanceAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {SqliteDocumentRows.OutboxColumns} FROM outbox WHERE instance_id = @instance ORDER BY created_at, id;")
            .With("@instance", instanceId);
        return await command.ListAsync(SqliteDocumentRows.ReadOutbox, cancellationToken);
    }

    public async Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {SqliteDocumentRows.SummaryColumns} FROM documents WHERE instance_id = @instance ORDER BY issued_at, number;")
            .With("@instance", instanceId);
        return await command.ListAsync(SqliteDocumentRows.ReadSummary, cancellationToken);
    }

    public async Task<DocumentRecord?> GetDocumentAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {SqliteDocumentRows.DocumentColumns} FROM documents WHERE id = @id;")
            .With("@id", id);
        return await command.SingleOrDefaultAsync(SqliteDocumentRows.ReadDocument, cancellationToken);
    }

    public async Task<DocumentSummary?> FindDocumentByNumberAsync(string number, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {SqliteDocumentRows.SummaryColumns} FROM documents WHERE number = @number;")
            .With("@number", number);
        return await command.SingleOrDefaultAsync(SqliteDocumentRows.ReadSummary, cancellationToken);
    }

    public async Task<DocumentRecord?> FindLatestDocumentAsync(Guid instanceId, string kind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT {SqliteDocumentRows.DocumentColumns} FROM documents
            WHERE instance_id = @instance AND kind = @kind AND revoked_at IS NULL
            ORDER BY issued_at DESC, number DESC LIMIT 1;
            """).With("@instance", instanceId).With("@kind", kind);
        return await command.SingleOrDefaultAsync(SqliteDocumentRows.ReadDocument, cancellationToken);
    }
}
