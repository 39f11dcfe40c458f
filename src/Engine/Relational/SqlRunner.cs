using System.Data.Common;

namespace Mpp.Workflows.Engine.Relational;

/// <summary>
/// Sends <see cref="Sql"/> statements on one connection (and transaction, if any) through plain ADO.NET: one command per
/// statement, or several statements in one round trip, as a <see cref="DbBatch"/> where the provider has batches and as
/// one multi-statement command where it has not.
/// </summary>
public sealed class SqlRunner(SqlDialect dialect, DbConnection connection, DbTransaction? transaction)
{
    public SqlDialect Dialect { get; } = dialect;

    public DbConnection Connection { get; } = connection;

    public DbTransaction? Transaction { get; } = transaction;

    public DbCommand Command(Sql sql)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql.Text;
        command.Transaction = Transaction;
        foreach (var argument in sql.Arguments)
        {
            command.Parameters.Add(Dialect.Parameter(argument));
        }

        return command;
    }

    /// <summary>Runs the statement and returns how many rows it changed.</summary>
    public async Task<int> ExecuteAsync(Sql sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<T?> SingleOrDefaultAsync<T>(Sql sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
        where T : class =>
        QueryAsync([sql], (reader, token) => reader.SingleOrDefaultAsync(read, token), cancellationToken);

    public Task<IReadOnlyList<T>> ListAsync<T>(Sql sql, Func<DbDataReader, T> read, CancellationToken cancellationToken) =>
        QueryAsync([sql], (reader, token) => reader.ListAsync(read, token), cancellationToken);

    /// <summary>Sends <paramref name="queries"/> in one round trip and lets <paramref name="read"/> consume their results in order.</summary>
    public async Task<T> QueryAsync<T>(
        IReadOnlyList<Sql> queries, Func<DbDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        if (queries.Count == 1)
        {
            await using var command = Command(queries[0]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await read(reader, cancellationToken);
        }

        if (Connection.CanCreateBatch)
        {
            await using var batch = Connection.CreateBatch();
            batch.Transaction = Transaction;
            foreach (var query in queries)
            {
                var statement = batch.CreateBatchCommand();
                statement.CommandText = query.Text;
                foreach (var argument in query.Arguments)
                {
                    statement.Parameters.Add(Dialect.Parameter(argument));
                }

                batch.BatchCommands.Add(statement);
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            return await read(reader, cancellationToken);
        }

        await using (var joined = Command(Join(queries)))
        await using (var reader = await joined.ExecuteReaderAsync(cancellationToken))
        {
            return await read(reader, cancellationToken);
        }
    }

    /// <summary>The statements as one text; an argument named in several of them is bound once (they carry the same value).</summary>
    private static Sql Join(IReadOnlyList<Sql> queries)
    {
        var text = new StringBuilder();
        foreach (var query in queries)
        {
            text.AppendLine(query.Text);
        }

        var joined = new Sql(text.ToString());
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in queries.SelectMany(query => query.Arguments))
        {
            if (names.Add(argument.Name))
            {
                joined.With(argument);
            }
        }

        return joined;
    }
}

/// <summary>Reading a result set into records.</summary>
public static class DataReaderExtensions
{
    /// <summary>The first row of the reader's current result set, or null.</summary>
    public static async Task<T?> SingleOrDefaultAsync<T>(this DbDataReader reader, Func<DbDataReader, T> read, CancellationToken cancellationToken)
        where T : class =>
        await reader.ReadAsync(cancellationToken) ? read(reader) : null;

    /// <summary>All rows of the reader's current result set.</summary>
    public static async Task<IReadOnlyList<T>> ListAsync<T>(this DbDataReader reader, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(read(reader));
        }

        return items;
    }
}
