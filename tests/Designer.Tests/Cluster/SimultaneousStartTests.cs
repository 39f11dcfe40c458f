using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Cluster;

/// <summary>
/// Hosts booting together on a fresh database (a deployment's first start, machines restarted at once) all start: the first
/// seeds the offices, the routes and the demo accounts, the others wait for it and find them there. Before, each saw no
/// routes and inserted them too, and all but one stopped on a duplicate key.
/// </summary>
public sealed class SimultaneousStartTests
{
    private const int Hosts = 4;

    [Fact]
    public async Task HostsStartingTogether_AllStart_AndEachRouteIsPublishedOnce()
    {
        var database = await (await PostgresTestServer.GetAsync()).CreateDatabaseAsync("together");
        var directories = Enumerable.Range(0, Hosts).Select(_ => Directory.CreateTempSubdirectory("mpp-together-").FullName).ToList();
        var secret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var starting = directories.Select(d => ChildHost.StartAsync(new TestHostBuilder(d)
            .With("Storage:Provider", "Postgres").With("ConnectionStrings:Postgres", database).With("Engine:TrackingTokenSecret", secret))).ToList();
        try
        {
            await Task.WhenAll(starting);
            using var analyst = await (await starting[^1]).ClientAsync("analyst");
            var definitions = (await analyst.GetFromJsonAsync<JsonArray>("/api/definitions"))!.Select(d => d!.AsObject()).ToList();
            var ids = definitions.Select(d => (string?)d["definitionId"]).ToList();
            Assert.Contains("sip-dokter", ids);
            Assert.Equal(ids.Distinct().Count(), ids.Count);
        }
        finally
        {
            foreach (var host in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await (await host).DisposeAsync();
            }

            directories.ForEach(d => Directory.Delete(d, recursive: true));
        }
    }
}
