using Mpp.Workflows.Engine.Postgres;
using Mpp.Workflows.Testing;
using Npgsql;

namespace Mpp.Workflows.Engine.Tests.Persistence;

/// <summary>A fresh database on the test process's PostgreSQL server; each store gets its own data source, as a host would.</summary>
public sealed class PostgresStoreFixture : StoreFixture
{
    private readonly List<NpgsqlDataSource> _dataSources = [];
    private string? _connectionString;

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The database is not created yet.");

    public override IWorkflowStore CreateStore() => CreateStore(PostgresWorkflowStore.DefaultSchema);

    public PostgresWorkflowStore CreateStore(string schema)
    {
        var dataSource = NpgsqlDataSource.Create(ConnectionString);
        _dataSources.Add(dataSource);
        return new PostgresWorkflowStore(dataSource, schema);
    }

    public override async Task DisposeAsync()
    {
        foreach (var dataSource in _dataSources)
        {
            await dataSource.DisposeAsync();
        }
    }

    protected override async Task CreateDatabaseAsync()
    {
        var server = await PostgresTestServer.GetAsync();
        _connectionString = await server.CreateDatabaseAsync("stores");
    }
}
