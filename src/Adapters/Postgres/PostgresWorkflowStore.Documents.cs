using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Postgres;

public sealed partial class PostgresWorkflowStore
{
    public async Task<IReadOnlyList<OutboxMessage>> ListOutboxOfInstanceAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT {PostgresDocumentRows.OutboxColumns} FROM {Schema}.outbox WHERE instance_id = @instance ORDER BY created_at, id;")
            .With("instance", instanceId);
        return await command.ListAsync(PostgresDocumentRows.ReadOutbox, cancellationToken);
    }

    public async Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT {PostgresDocumentRows.SummaryColumns} FROM {Schema}.documents WHERE instance_id = @instance ORDER BY issued_at, number;")
            .With("instance", instanceId);
        return await command.ListAsync(PostgresDocumentRows.ReadSummary, cancellationToken);
    }

    public async Task<DocumentRecord?> GetDocumentAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT {PostgresDocumentRows.DocumentColumns} FROM {Schema}.documents WHERE id = @id;").With("id", id);
        return await command.SingleOrDefaultAsync(PostgresDocumentRows.ReadDocument, cancellationToken);
    }

    public async Task<DocumentSummary?> FindDocumentByNumberAsync(string number, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT {PostgresDocumentRows.SummaryColumns} FROM {Schema}.documents WHERE number = @number;").With("number", number);
        return await command.SingleOrDefaultAsync(PostgresDocumentRows.ReadSummary, cancellationToken);
    }

    public async Task<DocumentRecord?> FindLatestDocumentAsync(Guid instanceId, string kind, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"""
            SELECT {PostgresDocumentRows.DocumentColumns} FROM {Schema}.documents
            WHERE instance_id = @instance AND kind = @kind AND revoked_at IS NULL
            ORDER BY issued_at DESC, number DESC LIMIT 1;
            """).With("instance", instanceId).With("kind", kind);
        return await command.SingleOrDefaultAsync(PostgresDocumentRows.ReadDocument, cancellationToken);
    }
}
