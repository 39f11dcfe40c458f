using Microsoft.Extensions.Configuration;
using Mpp.Workflows.Testing;
using Npgsql;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>
/// A host that stops closes every connection it opened on its database, the job server's notification listeners included.
/// They stayed open for five minutes after the host was gone, in Npgsql's process-wide pool; the suite's hosts piled them up
/// until PostgreSQL answered "too many clients" and requests failed with 500.
/// </summary>
public sealed class PostgresConnectionReleaseTests
{
    [Fact]
    public async Task StoppedHost_LeavesNoConnectionOnItsDatabase()
    {
        var host = new PostgresHost();
        await ((IAsyncLifetime)host).InitializeAsync();
        var connectionString = host.Services.GetRequiredService<IConfiguration>()["ConnectionStrings:Postgres"]!;
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using var server = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        try
        {
            // Jobs have run (the receipt went out), so the workers have listened for new jobs.
            await host.SubmitAsync("sip-dokter", SampleData.Sip());
            await Poll.UntilAsync(
                async () => (await ConnectionsAsync(server, database)).Any(q => q.StartsWith("LISTEN", StringComparison.Ordinal)),
                TimeSpan.FromSeconds(60), async () => "No worker listened: " + string.Join("; ", await ConnectionsAsync(server, database)));
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }

        IReadOnlyList<string> left = [];
        await Poll.UntilAsync(
            async () => (left = await ConnectionsAsync(server, database)).Count == 0,
            TimeSpan.FromSeconds(20), () => Task.FromResult($"{left.Count} connections left open: {string.Join("; ", left)}"));
    }

    /// <summary>The last statement of every client connection on <paramref name="database"/>.</summary>
    private static async Task<IReadOnlyList<string>> ConnectionsAsync(NpgsqlDataSource server, string database)
    {
        await using var command = server.CreateCommand("SELECT query FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'");
        command.Parameters.Add(new NpgsqlParameter { Value = database });
        var queries = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            queries.Add(reader.IsDBNull(0) ? string.Empty : reader.GetString(0));
        }

        return queries;
    }
}
