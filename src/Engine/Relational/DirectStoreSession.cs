using System.Data.Common;

namespace Mpp.Workflows.Engine.Relational;

/// <summary>
/// A session that sends every statement as it comes, on a transaction the store opened (<see cref="StoreTransaction"/>),
/// for a database where a round trip costs little (an embedded one).
/// </summary>
public sealed class DirectStoreSession(SqlDialect dialect, Rows rows, StoreTransaction transaction) : RelationalStoreSession(dialect, rows)
{
    private readonly SqlRunner _runner = transaction.Runner;
    private bool _disposed;

    public override Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public override async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await transaction.DisposeAsync();
    }

    protected override async Task WriteAsync(
        Sql statement, UniqueViolation? onUniqueViolation, Func<Exception>? whenNoRow, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int changed;
        try
        {
            changed = await _runner.ExecuteAsync(statement, cancellationToken);
        }
        catch (DbException exception) when (onUniqueViolation is not null && Dialect.IsUniqueViolation(exception))
        {
            throw new ConcurrencyException(onUniqueViolation.Message, exception);
        }

        if (whenNoRow is not null && changed == 0)
        {
            throw whenNoRow();
        }
    }

    protected override Task<T> QueryAsync<T>(
        IReadOnlyList<Sql> queries, Func<DbDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _runner.QueryAsync(queries, read, cancellationToken);
    }
}
