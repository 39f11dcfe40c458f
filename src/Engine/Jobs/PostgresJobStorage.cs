using Hangfire.PostgreSql;
using Npgsql;

namespace Mpp.Workflows.Engine.Jobs;

/// <summary>
/// Hangfire's PostgreSQL storage, which closes its notification connections when the host stops. With long polling each
/// waiting worker listens on a copy of a connection of the host's <see cref="NpgsqlDataSource"/>, made from its connection
/// string: the copy lives in Npgsql's process-wide pool, not in the data source, so disposing the data source left one idle
/// <c>LISTEN</c> connection per worker open for Npgsql's idle lifetime (5 minutes). Hosts started one after another in one
/// process (a restart in place, the test suite's many hosts) then piled them up until PostgreSQL refused new clients.
/// The container disposes this storage after the job server has stopped.
/// </summary>
internal sealed class PostgresJobStorage(NpgsqlDataSource dataSource, PostgreSqlStorageOptions options)
    : PostgreSqlStorage(new DataSourceConnectionFactory(dataSource), options), IDisposable
{
    public void Dispose()
    {
        // The same copy the listener makes names the same process-wide pool.
        using var connection = dataSource.CreateConnection();
        using var listener = connection.CloneWith(connection.ConnectionString);
        NpgsqlConnection.ClearPool(listener);
    }
}
