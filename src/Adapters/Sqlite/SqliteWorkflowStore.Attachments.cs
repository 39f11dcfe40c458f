using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Sqlite;

public sealed partial class SqliteWorkflowStore
{
    public async Task<IReadOnlyList<AttachmentSummary>> ListAttachmentsAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {SqliteAttachmentRows.SummaryColumns} FROM attachments WHERE instance_id = @instance ORDER BY uploaded_at, field_name;")
            .With("@instance", instanceId);
        return await command.ListAsync(SqliteAttachmentRows.ReadSummary, cancellationToken);
    }

    public async Task<AttachmentRecord?> GetAttachmentAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {SqliteAttachmentRows.AttachmentColumns} FROM attachments WHERE id = @id;")
            .With("@id", id);
        return await command.SingleOrDefaultAsync(SqliteAttachmentRows.ReadAttachment, cancellationToken);
    }
}
