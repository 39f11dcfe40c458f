using Hangfire.PostgreSql;
using Npgsql;

namespace Mpp.Workflows.Engine.Jobs;

/// <summary>Hangfire takes its connections from the host's one <see cref="NpgsqlDataSource"/>, like the engine's store.</summary>
internal sealed class DataSourceConnectionFactory(NpgsqlDataSource dataSource) : IConnectionFactory
{
    public NpgsqlConnection GetOrCreateConnection() => dataSource.CreateConnection();
}
