using Microsoft.Data.Sqlite;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. Readers never wait; writers are serialised, first in process
/// by an async gate (so waiting commands do not hold thread-pool threads), then across processes by <c>BEGIN IMMEDIATE</c>
/// with a 30 s busy timeout.
/// </summary>
public sealed partial class SqliteWorkflowStore : IWorkflowStore, IDisposable
{
    private const string ScriptPrefix = "Mpp.Workflows.Adapters.Sqlite.Scripts.";

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, e.g. <c>Data Source=data/mpp.db</c>.</param>
    public SqliteWorkflowStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
    }

    /// <summary>A store on the database file at <paramref name="path"/>; its folder is created when missing.</summary>
    public static SqliteWorkflowStore ForFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        return new SqliteWorkflowStore(new SqliteConnectionStringBuilder { DataSource = fullPath }.ToString());
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);

        // WAL is a property of the file and cannot be switched inside a transaction.
        await using (var wal = connection.Command("PRAGMA journal_mode = WAL;"))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
            await using (var create = connection.Command(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER NOT NULL PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at INTEGER NOT NULL
                );
                """,
                transaction))
            {
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            var applied = new HashSet<long>();
            await using (var read = connection.Command("SELECT version FROM schema_migrations;", transaction))
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    applied.Add(reader.GetInt64(0));
                }
            }

            foreach (var script in MigrationScript.Load(typeof(SqliteWorkflowStore).Assembly, ScriptPrefix))
            {
                if (applied.Contains(script.Version))
                {
                    continue;
                }

                await using (var run = connection.Command(script.Sql, transaction))
                {
                    await run.ExecuteNonQueryAsync(cancellationToken);
                }

                await using var record = connection.Command(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at);", transaction)
                    .With("@version", script.Version)
                    .With("@name", script.Name)
                    .With("@at", DateTimeOffset.UtcNow);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.Command("SELECT 1;");
            return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public async Task<IStoreSession> BeginAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        SqliteConnection? connection = null;
        try
        {
            connection = await OpenAsync(cancellationToken);
            // Serializable and not deferred means BEGIN IMMEDIATE: the write lock is taken now, so whatever the session
            // reads stays true until it commits, even against another process on the same file.
            var transaction = connection.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
            return new SqliteStoreSession(connection, transaction, _writeGate);
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

    public void Dispose() => _writeGate.Dispose();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Both settings belong to the connection, not the file, so every (pooled) connection gets them.
            await using var pragmas = connection.Command("PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;");
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
