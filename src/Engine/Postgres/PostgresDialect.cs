using System.Data.Common;
using Mpp.Workflows.Engine.Relational;
using Npgsql;
using NpgsqlTypes;

namespace Mpp.Workflows.Engine.Postgres;

/// <summary>
/// PostgreSQL: tables in the store's schema, row locks with <c>FOR UPDATE</c> (and <c>SKIP LOCKED</c> for the outbox),
/// instants as timestamptz (written in UTC, the only offset it accepts), GUIDs as uuid, JSON as jsonb, role lists as text[].
/// </summary>
internal sealed class PostgresDialect(string schema) : SqlDialect(schema)
{
    public override string ForUpdate => " FOR UPDATE";

    // SKIP LOCKED: dispatchers on other hosts claim other rows instead of queueing behind this transaction.
    public override string ClaimOutbox { get; } =
        $"""
        WITH due AS (
            SELECT id FROM {schema}.outbox
            WHERE status = 'Pending' AND next_attempt_at <= @now
            ORDER BY next_attempt_at, created_at, id
            LIMIT @limit
            FOR UPDATE SKIP LOCKED
        )
        UPDATE {schema}.outbox o SET next_attempt_at = @lease, lease_token = @token
        FROM due WHERE o.id = due.id
        RETURNING o.id, o.instance_id, o.kind, o.payload::text, o.status, o.attempts, o.created_at, o.next_attempt_at, o.last_error,
            o.lease_token;
        """;

    // The pattern operators compare bytes whatever the database's collation, and a text_pattern_ops index serves them.
    public override string TextRange(string expression, string from, string? to) =>
        to is null ? $"{expression} ~>=~ {from}" : $"{expression} ~>=~ {from} AND {expression} ~<~ {to}";

    public override string InRoles(string column, string parameter) => $"{column} = ANY (@{parameter})";

    public override string InIds(string column, string parameter) => $"{column} = ANY (@{parameter})";

    public override DbParameter Parameter(SqlArgument argument) => argument.Kind switch
    {
        SqlArgumentKind.Json => new NpgsqlParameter(argument.Name, NpgsqlDbType.Jsonb) { Value = argument.Value ?? DBNull.Value },
        SqlArgumentKind.Roles => new NpgsqlParameter(argument.Name, ((IReadOnlyList<string>)argument.Value!).ToArray()),
        SqlArgumentKind.Ids => new NpgsqlParameter(argument.Name, ((IReadOnlyList<Guid>)argument.Value!).ToArray()),
        _ when argument is { Value: null, Declared: { } declared } => new NpgsqlParameter(argument.Name, TypeOf(declared)) { Value = DBNull.Value },
        _ => new NpgsqlParameter(argument.Name, argument.Value switch
        {
            null => DBNull.Value,
            DateTimeOffset instant => instant.ToUniversalTime(),
            var value => value,
        }),
    };

    /// <summary>The type a null of <see cref="SqlArgument.Declared"/> type is sent with (the one its values are sent with).</summary>
    private static NpgsqlDbType TypeOf(Type declared) =>
        declared == typeof(Guid) ? NpgsqlDbType.Uuid
        : declared == typeof(DateTimeOffset) ? NpgsqlDbType.TimestampTz
        : NpgsqlDbType.Text;

    public override Guid Id(DbDataReader reader, int ordinal) => reader.GetGuid(ordinal);

    public override DateTimeOffset Instant(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override IReadOnlyList<string> Roles(DbDataReader reader, int ordinal) => reader.GetFieldValue<string[]>(ordinal);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
