using System.Data.Common;
using Microsoft.Data.Sqlite;
using Mpp.Workflows.Engine.Relational;

namespace Mpp.Workflows.Engine.Sqlite;

/// <summary>
/// SQLite: unqualified tables, no row locks (a session holds the database's write lock from its start), instants as unix
/// microseconds, GUIDs as lower-case text, booleans as 0/1, JSON as text and role lists as a JSON array.
/// </summary>
internal sealed class SqliteDialect() : SqlDialect(schema: null)
{
    private static readonly long UnixEpochTicks = DateTimeOffset.UnixEpoch.UtcTicks;

    public override string ForUpdate => string.Empty;

    // The session holds the database's write lock, so no other claim can run between the choice and the update.
    public override string ClaimOutbox { get; } =
        $"""
        UPDATE outbox SET next_attempt_at = @lease, lease_token = @token
        WHERE id IN (
            SELECT id FROM outbox
            WHERE status = 'Pending' AND next_attempt_at <= @now
            ORDER BY next_attempt_at, created_at, id
            LIMIT @limit)
        RETURNING {Rows.OutboxColumns};
        """;

    // Text compares by its UTF-8 bytes (the BINARY collation), which is code point order.
    public override string TextRange(string expression, string from, string? to) =>
        to is null ? $"{expression} >= {from}" : $"{expression} >= {from} AND {expression} < {to}";

    public override string InRoles(string column, string parameter) => $"{column} IN (SELECT value FROM json_each(@{parameter}))";

    public override string InIds(string column, string parameter) => $"{column} IN (SELECT value FROM json_each(@{parameter}))";

    public override DbParameter Parameter(SqlArgument argument) => new SqliteParameter("@" + argument.Name, argument.Value switch
    {
        null => DBNull.Value,
        Guid guid => guid.ToString("D"),
        DateTimeOffset instant => ToMicroseconds(instant),
        bool flag => flag ? 1 : 0,
        IReadOnlyList<string> list => JsonSerializer.Serialize(list),
        IReadOnlyList<Guid> ids => JsonSerializer.Serialize(ids.Select(id => id.ToString("D"))),
        var value => value,
    });

    public override Guid Id(DbDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);

    public override DateTimeOffset Instant(DbDataReader reader, int ordinal) =>
        new(UnixEpochTicks + (reader.GetInt64(ordinal) * TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);

    public override IReadOnlyList<string> Roles(DbDataReader reader, int ordinal) =>
        JsonSerializer.Deserialize<string[]>(reader.GetString(ordinal)) ?? [];

    /// <summary>A primary-key or unique-index violation (SQLITE_CONSTRAINT_PRIMARYKEY or SQLITE_CONSTRAINT_UNIQUE).</summary>
    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: 1555 or 2067 };

    private static long ToMicroseconds(DateTimeOffset instant) => (instant.UtcTicks - UnixEpochTicks) / TimeSpan.TicksPerMicrosecond;
}
