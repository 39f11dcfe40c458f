using System.Data.Common;

namespace Mpp.Workflows.Engine.Relational;

/// <summary>
/// A connection and the transaction open on it, disposed together; <paramref name="release"/> runs last, whatever happens
/// (e.g. to let the next writer in).
/// </summary>
public sealed class StoreTransaction(SqlDialect dialect, DbConnection connection, DbTransaction transaction, Action? release = null)
    : IAsyncDisposable
{
    private bool _disposed;

    public SqlRunner Runner { get; } = new(dialect, connection, transaction);

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            // Rolls back unless committed, then returns the connection to the pool.
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
        finally
        {
            release?.Invoke();
        }
    }
}
