using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>The host on PostgreSQL: a new database on the shared throwaway server for each test class.</summary>
public sealed class PostgresHost : DesignerHost
{
    protected override async Task<IReadOnlyDictionary<string, string?>> StorageSettingsAsync()
    {
        var server = await PostgresTestServer.GetAsync();
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = await server.CreateDatabaseAsync("host"),
        };
    }
}
