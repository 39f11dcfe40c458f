using Npgsql;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Postgres;

/// <summary>Column lists and row mapping of the outbox and documents tables.</summary>
internal static class PostgresDocumentRows
{
    public const string OutboxColumns = "id, instance_id, kind, payload, status, attempts, created_at, next_attempt_at, last_error";

    public const string SummaryColumns =
        "id, instance_id, source_id, kind, number, holder, sha256, issued_at, revoked_at, revoke_reason, revoked_by";

    /// <summary><see cref="SummaryColumns"/> and then the PDF bytes.</summary>
    public const string DocumentColumns = SummaryColumns + ", content";

    public static OutboxMessage ReadOutbox(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.NullableGuid(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5), r.Instant(6),
        r.NullableInstant(7), r.NullableString(8));

    public static DocumentSummary ReadSummary(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), r.GetGuid(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.Instant(7),
        r.NullableInstant(8), r.NullableString(9), r.NullableString(10));

    public static DocumentRecord ReadDocument(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), r.GetGuid(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.Instant(7),
        r.GetFieldValue<byte[]>(11), r.NullableInstant(8), r.NullableString(9), r.NullableString(10));
}
