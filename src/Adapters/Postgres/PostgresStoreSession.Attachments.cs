using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Postgres;

internal sealed partial class PostgresStoreSession
{
    public Task InsertAttachmentAsync(AttachmentRecord attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var a = attachment.Summary;
        Enqueue(
            Statement(
                $"""
                INSERT INTO {_schema}.attachments ({PostgresAttachmentRows.AttachmentColumns})
                VALUES (@id, @instance, @field, @file, @type, @size, @sha, @at, @content);
                """)
                .With("id", a.Id).With("instance", a.InstanceId).With("field", a.FieldName).With("file", a.FileName)
                .With("type", a.ContentType).With("size", a.Size).With("sha", a.Sha256).With("at", a.UploadedAt)
                .With("content", attachment.Content));
        return Task.CompletedTask;
    }
}
