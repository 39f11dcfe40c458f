using System.Data.Common;
using Microsoft.Data.Sqlite;
using Mpp.Workflows.Engine.Relational;

namespace Mpp.Workflows.Engine.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. Readers never wait; writers are serialised, first in process
/// by an async gate (so waiting commands do not hold thread-pool threads), then across processes by <c>BEGIN IMMEDIATE</c>
/// with a 30 s busy timeout.
/// </summary>
public sealed class SqliteWorkflowStore : RelationalWorkflowStore, IDisposable
{
    private const string ScriptPrefix = "Mpp.Workflows.Engine.Sqlite.Scripts.";

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    // Per database file, for every store of this process on it.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> ExclusiveGates = new(StringComparer.Ordinal);

    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, e.g. <c>Data Source=data/mpp.db</c>.</param>
    public SqliteWorkflowStore(string connectionString)
        : base(new SqliteDialect())
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
    }

    /// <summary>The schema version this build migrates a database to: the number of its newest embedded script.</summary>
    public static int SchemaVersion => MigrationScript.Load(typeof(SqliteWorkflowStore).Assembly, ScriptPrefix)[^1].Version;

    /// <summary>A store on the database file at <paramref name="path"/>; its folder is created when missing.</summary>
    public static SqliteWorkflowStore ForFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        return new SqliteWorkflowStore(new SqliteConnectionStringBuilder { DataSource = fullPath }.ToString());
    }

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // WAL is a property of the file and cannot be switched inside a transaction.
        await using (var connection = await OpenAsync(cancellationToken))
        await using (var wal = Command(connection, "PRAGMA journal_mode = WAL;"))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = await BeginWriteAsync(cancellationToken);
        await MigrateAsync(
            transaction,
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER NOT NULL PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at INTEGER NOT NULL
            );
            """,
            ScriptPrefix,
            cancellationToken);
    }

    /// <summary>
    /// One SQLite file serves one host (the embedded default), so the hosts that could race are in this process: a gate per
    /// database file. The file's write lock cannot serve, as the action writes on connections of its own.
    /// </summary>
    public override async Task RunExclusiveAsync(string purpose, Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var gate = ExclusiveGates.GetOrAdd(_connectionString, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await action(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public override async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = Command(connection, "SELECT 1;");
            return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public override async Task<IStoreSession> BeginAsync(CancellationToken cancellationToken) =>
        new DirectStoreSession(Dialect, Rows, await BeginWriteAsync(cancellationToken));

    public void Dispose() => _writeGate.Dispose();

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken);

    protected override async Task<StoreTransaction> BeginWriteAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        SqliteConnection? connection = null;
        try
        {
            connection = await OpenAsync(cancellationToken);
            // Serializable and not deferred means BEGIN IMMEDIATE: the write lock is taken now, so whatever the session
            // reads stays true until it commits, even against another process on the same file.
            var transaction = connection.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
            return new StoreTransaction(Dialect, connection, transaction, () => _writeGate.Release());
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            _writeGate.Release();
            throw;
        }
    }

    // A deferred read transaction: WAL gives it one snapshot from its first read, and it never waits for the writer.
    protected override Task<DbTransaction?> BeginReadAsync(DbConnection connection, bool oneSnapshot, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction?>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Both settings belong to the connection, not the file, so every (pooled) connection gets them.
            await using var pragmas = Command(connection, "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;");
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
