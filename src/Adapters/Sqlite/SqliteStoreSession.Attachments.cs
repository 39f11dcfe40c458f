using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Sqlite;

internal sealed partial class SqliteStoreSession
{
    public async Task InsertAttachmentAsync(AttachmentRecord attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var a = attachment.Summary;
        await using var command = Command(
            $"""
            INSERT INTO attachments ({SqliteAttachmentRows.AttachmentColumns})
            VALUES (@id, @instance, @field, @file, @type, @size, @sha, @at, @content);
            """)
            .With("@id", a.Id).With("@instance", a.InstanceId).With("@field", a.FieldName).With("@file", a.FileName)
            .With("@type", a.ContentType).With("@size", a.Size).With("@sha", a.Sha256).With("@at", a.UploadedAt)
            .With("@content", attachment.Content);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
