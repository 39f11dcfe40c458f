using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Postgres;

public sealed partial class PostgresWorkflowStore
{
    public async Task<IReadOnlyList<AttachmentSummary>> ListAttachmentsAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"""
            SELECT {PostgresAttachmentRows.SummaryColumns} FROM {Schema}.attachments
            WHERE instance_id = @instance ORDER BY uploaded_at, field_name;
            """).With("instance", instanceId);
        return await command.ListAsync(PostgresAttachmentRows.ReadSummary, cancellationToken);
    }

    public async Task<AttachmentRecord?> GetAttachmentAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT {PostgresAttachmentRows.AttachmentColumns} FROM {Schema}.attachments WHERE id = @id;").With("id", id);
        return await command.SingleOrDefaultAsync(PostgresAttachmentRows.ReadAttachment, cancellationToken);
    }
}
