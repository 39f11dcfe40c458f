using Npgsql;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Postgres;

/// <summary>Column lists and row mapping of the attachments table.</summary>
internal static class PostgresAttachmentRows
{
    public const string SummaryColumns = "id, instance_id, field_name, file_name, content_type, size, sha256, uploaded_at";

    /// <summary><see cref="SummaryColumns"/> and then the bytes.</summary>
    public const string AttachmentColumns = SummaryColumns + ", content";

    public static AttachmentSummary ReadSummary(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt64(5), r.GetString(6), r.Instant(7));

    public static AttachmentRecord ReadAttachment(NpgsqlDataReader r) => new(ReadSummary(r), r.GetFieldValue<byte[]>(8));
}
