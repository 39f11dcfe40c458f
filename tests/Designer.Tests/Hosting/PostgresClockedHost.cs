using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary><see cref="ClockedHost"/> on a new PostgreSQL database.</summary>
public sealed class PostgresClockedHost : ClockedHost
{
    protected override async Task<IReadOnlyDictionary<string, string?>> StorageSettingsAsync()
    {
        var server = await PostgresTestServer.GetAsync();
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = await server.CreateDatabaseAsync("clocks"),
        };
    }
}
