using System.Data.Common;
using Mpp.Workflows.Engine.Relational;
using Npgsql;

namespace Mpp.Workflows.Engine.Postgres;

/// <summary>
/// One READ COMMITTED transaction on a pooled connection. Writers to the same application meet at the instance row lock
/// taken by <see cref="RelationalStoreSession.LockInstanceAsync"/>; each statement after it sees everything committed
/// before the lock was granted.
/// </summary>
/// <remarks>
/// Writes are buffered: <see cref="WriteAsync(Sql, UniqueViolation?, Func{Exception}?, CancellationToken)"/> only appends
/// a statement, and the next query or the commit sends the buffered statements and itself as one
/// <see cref="NpgsqlBatch"/>, in order, so a command costs a round trip per read instead of per statement. A write's error
/// (unique violation, stale revision) therefore surfaces at that next read or at <see cref="CommitAsync"/>.
/// </remarks>
internal sealed class PostgresStoreSession(SqlDialect dialect, Rows rows, NpgsqlConnection connection, NpgsqlTransaction transaction)
    : RelationalStoreSession(dialect, rows)
{
    private readonly List<BufferedWrite> _pending = [];
    private bool _disposed;

    public override async Task CommitAsync(CancellationToken cancellationToken)
    {
        // A row-count check can only be made once the statement has run, so COMMIT rides along with the buffered writes
        // only when none of them needs one.
        if (_pending.Exists(write => write.WhenNoRow is not null))
        {
            await FlushAsync(null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await FlushAsync(new NpgsqlBatchCommand("COMMIT;"), cancellationToken);
        }
    }

    /// <summary>
    /// The buffered writes, the application's reads and <c>COMMIT</c> in one round trip, unless a write needs its row count
    /// checked before the commit (then as <see cref="CommitAsync"/>, after the reads).
    /// </summary>
    public override async Task<ApplicationSnapshot?> CommitReadingApplicationAsync(Guid id, string taskStatus, CancellationToken cancellationToken)
    {
        if (_pending.Exists(write => write.WhenNoRow is not null))
        {
            return await base.CommitReadingApplicationAsync(id, taskStatus, cancellationToken);
        }

        var writes = TakePending();
        await using var batch = Batch(writes, [.. ApplicationSnapshotSql.Queries(Dialect, id, taskStatus).Select(Statement), new NpgsqlBatchCommand("COMMIT;")]);
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            var snapshot = await ApplicationSnapshotSql.ReadAsync(reader, Rows, cancellationToken);

            while (await reader.NextResultAsync(cancellationToken))
            {
                // The commit's own result comes last: reading up to it surfaces an error it reports.
            }

            return snapshot;
        }
        catch (PostgresException exception) when (Conflict(writes, exception) is { } conflict)
        {
            throw conflict;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _pending.Clear();

        // Rolls back unless committed, then returns the connection to the pool.
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    protected override Task WriteAsync(
        Sql statement, UniqueViolation? onUniqueViolation, Func<Exception>? whenNoRow, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _pending.Add(new BufferedWrite(Statement(statement), onUniqueViolation, whenNoRow));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Sends the buffered writes followed by <paramref name="queries"/> in one round trip and lets <paramref name="read"/>
    /// consume the queries' results (the writes return none, so the reader starts at the first query's rows).
    /// </summary>
    protected override async Task<T> QueryAsync<T>(
        IReadOnlyList<Sql> queries, Func<DbDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var writes = TakePending();
        await using var batch = Batch(writes, queries.Select(Statement));
        T result;
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            result = await read(reader, cancellationToken);
        }
        catch (PostgresException exception) when (Conflict(writes, exception) is { } conflict)
        {
            throw conflict;
        }

        CheckRowCounts(writes);
        return result;
    }

    /// <summary>
    /// The <see cref="ConcurrencyException"/> a unique violation of a buffered write stands for, or null. Npgsql names the
    /// failed statement only with <c>Include Failed Batched Command</c>; without it, the failed one is the first insert into
    /// the reported table that has not completed (completed inserts report their row).
    /// </summary>
    private static ConcurrencyException? Conflict(List<BufferedWrite> writes, PostgresException exception)
    {
        if (exception.SqlState != PostgresErrorCodes.UniqueViolation)
        {
            return null;
        }

        var failed = exception.BatchCommand is { } statement
            ? writes.Find(write => ReferenceEquals(write.Statement, statement))
            : writes.Find(write => write.OnUniqueViolation?.Table == exception.TableName && write.Statement.RecordsAffected <= 0);
        return failed?.OnUniqueViolation is { } violation ? new ConcurrencyException(violation.Message, exception) : null;
    }

    private static void CheckRowCounts(List<BufferedWrite> writes)
    {
        foreach (var write in writes)
        {
            if (write.WhenNoRow is not null && write.Statement.RecordsAffected == 0)
            {
                throw write.WhenNoRow();
            }
        }
    }

    private NpgsqlBatchCommand Statement(Sql sql)
    {
        var statement = new NpgsqlBatchCommand(sql.Text);
        foreach (var argument in sql.Arguments)
        {
            statement.Parameters.Add(Dialect.Parameter(argument));
        }

        return statement;
    }

    /// <summary>Sends the buffered writes, and <paramref name="last"/> when given, in one round trip.</summary>
    private async Task FlushAsync(NpgsqlBatchCommand? last, CancellationToken cancellationToken)
    {
        var writes = TakePending();
        if (writes.Count == 0 && last is null)
        {
            return;
        }

        await using var batch = Batch(writes, last is null ? [] : [last]);
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (Conflict(writes, exception) is { } conflict)
        {
            throw conflict;
        }

        CheckRowCounts(writes);
    }

    private List<BufferedWrite> TakePending()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var writes = new List<BufferedWrite>(_pending);
        _pending.Clear();
        return writes;
    }

    private NpgsqlBatch Batch(List<BufferedWrite> writes, IEnumerable<NpgsqlBatchCommand> queries)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        foreach (var write in writes)
        {
            batch.BatchCommands.Add(write.Statement);
        }

        foreach (var query in queries)
        {
            batch.BatchCommands.Add(query);
        }

        return batch;
    }

    private sealed record BufferedWrite(NpgsqlBatchCommand Statement, UniqueViolation? OnUniqueViolation, Func<Exception>? WhenNoRow);
}
