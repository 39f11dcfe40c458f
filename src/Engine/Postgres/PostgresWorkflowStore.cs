using System.Data.Common;
using System.Text.RegularExpressions;
using Mpp.Workflows.Engine.Relational;
using Npgsql;

namespace Mpp.Workflows.Engine.Postgres;

/// <summary>
/// The production store: all tables in one schema of a PostgreSQL database, reached through the application's single
/// <see cref="NpgsqlDataSource"/>. Sessions are READ COMMITTED transactions; commands on the same application are
/// serialised by <c>SELECT … FOR UPDATE</c> on its instance row, so several hosts can share the database.
/// </summary>
public sealed partial class PostgresWorkflowStore : RelationalWorkflowStore
{
    /// <summary>The schema used when none is configured.</summary>
    public const string DefaultSchema = "mpp";

    private const string ScriptPrefix = "Mpp.Workflows.Engine.Postgres.Scripts.";

    // Any fixed key works: it only has to be the same for every host migrating this database.
    private const long MigrationLockKey = 0x6D70705F6D696772;

    private readonly NpgsqlDataSource _dataSource;

    /// <param name="dataSource">The application's data source; the store never disposes it.</param>
    /// <param name="schema">A lower-case SQL identifier; the schema is created by <see cref="InitializeAsync"/>.</param>
    public PostgresWorkflowStore(NpgsqlDataSource dataSource, string schema = DefaultSchema)
        : base(new PostgresDialect(ValidSchema(schema)))
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
        Schema = schema;
    }

    /// <summary>The schema holding the store's tables.</summary>
    public string Schema { get; }

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await BeginWriteAsync(cancellationToken);

        // Hosts starting together queue here; the advisory lock is released with the transaction.
        await MigrateAsync(
            transaction,
            $"""
            SELECT pg_advisory_xact_lock({MigrationLockKey});
            CREATE SCHEMA IF NOT EXISTS {Schema};
            SET LOCAL search_path TO {Schema};
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version integer NOT NULL PRIMARY KEY,
                name text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            );
            """,
            ScriptPrefix,
            cancellationToken);
    }

    public override async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = _dataSource.CreateCommand("SELECT 1;");
            return (int)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    public override async Task<IStoreSession> BeginAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken);
            return new PostgresStoreSession(Dialect, Rows, connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    protected override async Task<StoreTransaction> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken);
            return new StoreTransaction(Dialect, connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Holds a transaction-scoped advisory lock named after the purpose while the action runs on other connections.</summary>
    public override async Task RunExclusiveAsync(string purpose, Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var transaction = await BeginWriteAsync(cancellationToken);
        await transaction.Runner.ExecuteAsync(
            new Sql("SELECT pg_advisory_xact_lock(hashtext(@purpose));").With("purpose", "mpp.host-keys." + purpose), cancellationToken);
        await action(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // A batch runs in one implicit transaction, but under READ COMMITTED each of its statements takes its own snapshot.
    protected override async Task<DbTransaction?> BeginReadAsync(DbConnection connection, bool oneSnapshot, CancellationToken cancellationToken) =>
        oneSnapshot ? await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken) : null;

    private static string ValidSchema(string schema)
    {
        ArgumentNullException.ThrowIfNull(schema);

        // The schema name is spliced into SQL text, so only plain identifiers are accepted.
        return SchemaName().IsMatch(schema)
            ? schema
            : throw new ArgumentException($"'{schema}' is not a lower-case SQL identifier.", nameof(schema));
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SchemaName();
}
