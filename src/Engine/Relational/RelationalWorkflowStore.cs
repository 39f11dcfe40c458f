using System.Data.Common;

namespace Mpp.Workflows.Engine.Relational;

/// <summary>
/// The store's reads and writes outside sessions, written once against ADO.NET. A database's store adds how connections
/// and transactions are opened (and so how writers are serialised), its migrations and its session.
/// </summary>
public abstract partial class RelationalWorkflowStore : IWorkflowStore
{
    protected RelationalWorkflowStore(SqlDialect dialect)
    {
        Dialect = dialect;
        Rows = new Rows(dialect);
    }

    protected SqlDialect Dialect { get; }

    protected Rows Rows { get; }

    public abstract Task InitializeAsync(CancellationToken cancellationToken);

    public abstract Task<bool> PingAsync(CancellationToken cancellationToken);

    public abstract Task<IStoreSession> BeginAsync(CancellationToken cancellationToken);

    /// <summary>An open connection; the caller disposes it.</summary>
    protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>A transaction for a write outside a session, with whatever lock the database needs for writers.</summary>
    protected abstract Task<StoreTransaction> BeginWriteAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The transaction, if any, for several reads sent together: with <paramref name="oneSnapshot"/> they must all see the
    /// same committed state; without it, each may see what was committed when it started.
    /// </summary>
    protected abstract Task<DbTransaction?> BeginReadAsync(DbConnection connection, bool oneSnapshot, CancellationToken cancellationToken);

    protected string T(string table) => Dialect.Table(table);

    protected Task<T?> SingleOrDefaultAsync<T>(Sql query, Func<DbDataReader, T> read, CancellationToken cancellationToken)
        where T : class =>
        ReadAsync([query], (reader, token) => reader.SingleOrDefaultAsync(read, token), oneSnapshot: false, cancellationToken);

    protected Task<IReadOnlyList<T>> ListAsync<T>(Sql query, Func<DbDataReader, T> read, CancellationToken cancellationToken) =>
        ReadAsync([query], (reader, token) => reader.ListAsync(read, token), oneSnapshot: false, cancellationToken);

    /// <summary>Sends <paramref name="queries"/> in one round trip on a connection of its own.</summary>
    protected async Task<T> ReadAsync<T>(
        IReadOnlyList<Sql> queries, Func<DbDataReader, CancellationToken, Task<T>> read, bool oneSnapshot, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = queries.Count > 1 ? await BeginReadAsync(connection, oneSnapshot, cancellationToken) : null;
        var result = await new SqlRunner(Dialect, connection, transaction).QueryAsync(queries, read, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Runs <paramref name="read"/>'s round trips on one connection of its own, all seeing the same committed state: for reads
    /// whose second query needs what the first returned.
    /// </summary>
    protected async Task<T> ReadInOneSnapshotAsync<T>(Func<SqlRunner, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginReadAsync(connection, oneSnapshot: true, cancellationToken);
        var result = await read(new SqlRunner(Dialect, connection, transaction), cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Runs one statement in a write transaction of its own; the number of rows it changed.</summary>
    protected async Task<int> WriteAsync(Sql statement, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginWriteAsync(cancellationToken);
        var rows = await transaction.Runner.ExecuteAsync(statement, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    /// <summary>
    /// Runs <paramref name="prepare"/> (which must leave a <c>schema_migrations</c> table), then every embedded script under
    /// <paramref name="scriptPrefix"/> not recorded there yet, in version order, and commits.
    /// </summary>
    protected async Task MigrateAsync(StoreTransaction transaction, string prepare, string scriptPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var runner = transaction.Runner;
        await runner.ExecuteAsync(new Sql(prepare), cancellationToken);
        var applied = await runner.QueryAsync(
            [new Sql("SELECT version FROM schema_migrations;")],
            async (reader, token) =>
            {
                var versions = new HashSet<long>();
                while (await reader.ReadAsync(token))
                {
                    versions.Add(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
                }

                return versions;
            },
            cancellationToken);
        foreach (var script in MigrationScript.Load(GetType().Assembly, scriptPrefix))
        {
            if (applied.Contains(script.Version))
            {
                continue;
            }

            await runner.ExecuteAsync(new Sql(script.Sql), cancellationToken);
            await runner.ExecuteAsync(
                new Sql("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at);")
                    .With("version", script.Version).With("name", script.Name).With("at", DateTimeOffset.UtcNow),
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
