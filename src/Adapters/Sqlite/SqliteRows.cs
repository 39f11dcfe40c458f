using Microsoft.Data.Sqlite;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Sqlite;

/// <summary>
/// Column lists and row mapping shared by the store's reads and the session's reads, plus the one place where .NET values
/// become SQLite values: instants as unix microseconds, GUIDs as lower-case text, booleans as 0/1.
/// </summary>
internal static class SqliteRows
{
    public const string InstanceColumns =
        "id, registration_number, definition_id, definition_version, status, result, applicant, data, state, " +
        "tracking_token_hash, fault, revision, created_at, updated_at";

    public const string TaskColumns =
        "id, instance_id, registration_number, definition_id, activity_id, title, office, role, status, assignee, outcomes, form, " +
        "created_at, due_at, escalated_to_role, outcome, comment, completed_by, completed_at";

    public const string TimerColumns = "id, instance_id, kind, activity_id, task_id, due_at, fired_at, cancelled_at";

    public const string AuditColumns = "instance_id, at, actor, activity_id, event, outcome, comment, details, sequence";

    private static readonly long UnixEpochTicks = DateTimeOffset.UnixEpoch.UtcTicks;

    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value switch
        {
            null => DBNull.Value,
            Guid guid => guid.ToString("D"),
            DateTimeOffset instant => ToMicroseconds(instant),
            bool flag => flag ? 1 : 0,
            IReadOnlyList<string> list => JsonSerializer.Serialize(list),
            _ => value,
        });
        return command;
    }

    public static long ToMicroseconds(DateTimeOffset instant) => (instant.UtcTicks - UnixEpochTicks) / TimeSpan.TicksPerMicrosecond;

    public static DateTimeOffset Instant(this SqliteDataReader reader, int ordinal) =>
        new(UnixEpochTicks + (reader.GetInt64(ordinal) * TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);

    public static DateTimeOffset? NullableInstant(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.Instant(ordinal);

    public static Guid Id(this SqliteDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);

    public static Guid? NullableId(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.Id(ordinal);

    public static string? NullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static IReadOnlyList<string> Roles(this SqliteDataReader reader, int ordinal) =>
        JsonSerializer.Deserialize<string[]>(reader.GetString(ordinal)) ?? [];

    public static InstanceRecord ReadInstance(SqliteDataReader r) => new(
        r.Id(0),
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

    public static TaskRecord ReadTask(SqliteDataReader r) => new(
        r.Id(0),
        r.Id(1),
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

    public static TimerRecord ReadTimer(SqliteDataReader r) => new(
        r.Id(0),
        r.Id(1),
        r.GetString(2),
        r.NullableString(3),
        r.NullableId(4),
        r.Instant(5),
        r.NullableInstant(6),
        r.NullableInstant(7));

    public static AuditEvent ReadAuditEvent(SqliteDataReader r) => new(
        r.Id(0), r.Instant(1), r.GetString(2), r.NullableString(3), r.GetString(4), r.NullableString(5), r.NullableString(6),
        r.NullableString(7), r.GetInt64(8));

    public static async Task<T?> SingleOrDefaultAsync<T>(
        this SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? read(reader) : null;
    }

    public static async Task<IReadOnlyList<T>> ListAsync<T>(
        this SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(read(reader));
        }

        return items;
    }

    /// <summary>A primary-key or unique-index violation (SQLITE_CONSTRAINT_PRIMARYKEY or SQLITE_CONSTRAINT_UNIQUE).</summary>
    public static bool IsUniqueViolation(this SqliteException exception) =>
        exception.SqliteExtendedErrorCode is 1555 or 2067;
}
