using Npgsql;
using NpgsqlTypes;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Postgres;

/// <summary>
/// Column lists and row mapping shared by the store's reads and the session's reads, plus parameter binding: instants are
/// written in UTC (timestamptz accepts only offset zero) and JSON documents as jsonb.
/// </summary>
internal static class PostgresRows
{
    public const string InstanceColumns =
        "id, registration_number, definition_id, definition_version, status, result, applicant, data, state, " +
        "tracking_token_hash, fault, revision, created_at, updated_at";

    public const string TaskColumns =
        "id, instance_id, registration_number, definition_id, activity_id, title, office, role, status, assignee, outcomes, form, " +
        "created_at, due_at, escalated_to_role, outcome, comment, completed_by, completed_at";

    public const string TimerColumns = "id, instance_id, kind, activity_id, task_id, due_at, fired_at, cancelled_at";

    public const string AuditColumns = "instance_id, at, actor, activity_id, event, outcome, comment, details, sequence";

    public static NpgsqlCommand With(this NpgsqlCommand command, string name, object? value)
    {
        command.Parameters.Add(Parameter(name, value));
        return command;
    }

    public static NpgsqlCommand WithJson(this NpgsqlCommand command, string name, string? json)
    {
        command.Parameters.Add(JsonParameter(name, json));
        return command;
    }

    public static NpgsqlBatchCommand With(this NpgsqlBatchCommand command, string name, object? value)
    {
        command.Parameters.Add(Parameter(name, value));
        return command;
    }

    public static NpgsqlBatchCommand WithJson(this NpgsqlBatchCommand command, string name, string? json)
    {
        command.Parameters.Add(JsonParameter(name, json));
        return command;
    }

    public static DateTimeOffset Instant(this NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DateTimeOffset? NullableInstant(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static Guid? NullableGuid(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);

    public static string? NullableString(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static InstanceRecord ReadInstance(NpgsqlDataReader r) => new(
        r.GetGuid(0),
        r.GetString(1),
        r.GetString(2),
        r.GetInt32(3),
        r.GetString(4),
        r.NullableString(5),
        r.GetString(6),
        r.GetString(7),
        r.GetString(8),
        r.GetString(9),
        r.NullableString(10),
        r.GetInt32(11),
        r.Instant(12),
        r.Instant(13));

    public static TaskRecord ReadTask(NpgsqlDataReader r) => new(
        r.GetGuid(0),
        r.GetGuid(1),
        r.GetString(2),
        r.GetString(3),
        r.GetString(4),
        r.GetString(5),
        r.GetString(6),
        r.GetString(7),
        r.GetString(8),
        r.NullableString(9),
        r.GetString(10),
        r.GetString(11),
        r.Instant(12),
        r.NullableInstant(13),
        r.NullableString(14),
        r.NullableString(15),
        r.NullableString(16),
        r.NullableString(17),
        r.NullableInstant(18));

    public static TimerRecord ReadTimer(NpgsqlDataReader r) => new(
        r.GetGuid(0),
        r.GetGuid(1),
        r.GetString(2),
        r.NullableString(3),
        r.NullableGuid(4),
        r.Instant(5),
        r.NullableInstant(6),
        r.NullableInstant(7));

    public static AuditEvent ReadAuditEvent(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.Instant(1), r.GetString(2), r.NullableString(3), r.GetString(4), r.NullableString(5), r.NullableString(6),
        r.NullableString(7), r.GetInt64(8));

    public static async Task<T?> SingleOrDefaultAsync<T>(
        this NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.SingleOrDefaultAsync(read, cancellationToken);
    }

    public static async Task<IReadOnlyList<T>> ListAsync<T>(
        this NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ListAsync(read, cancellationToken);
    }

    /// <summary>The first row of the reader's current result set, or null.</summary>
    public static async Task<T?> SingleOrDefaultAsync<T>(
        this NpgsqlDataReader reader, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
        where T : class =>
        await reader.ReadAsync(cancellationToken) ? read(reader) : null;

    /// <summary>All rows of the reader's current result set.</summary>
    public static async Task<IReadOnlyList<T>> ListAsync<T>(
        this NpgsqlDataReader reader, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(read(reader));
        }

        return items;
    }

    public static bool IsUniqueViolation(this PostgresException exception) => exception.SqlState == PostgresErrorCodes.UniqueViolation;

    private static NpgsqlParameter Parameter(string name, object? value) => new(name, value switch
    {
        null => DBNull.Value,
        DateTimeOffset instant => instant.ToUniversalTime(),
        _ => value,
    });

    private static NpgsqlParameter JsonParameter(string name, string? json) =>
        new(name, NpgsqlDbType.Jsonb) { Value = (object?)json ?? DBNull.Value };
}
