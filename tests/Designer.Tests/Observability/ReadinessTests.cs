using System.Net;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Observability;

/// <summary>
/// Liveness answers whenever the process does; readiness fails (503) while PostgreSQL shuts the host's role out, as a
/// restarting server would, and passes again once it lets it back in.
/// </summary>
public sealed class ReadinessTests(StoreUnavailableTests.RoleHost host) : IClassFixture<StoreUnavailableTests.RoleHost>
{
    [Fact]
    public async Task Readiness_Is503WhileTheStoreIsUnreachable_ThenPassesAgain_AndLivenessStaysUp()
    {
        using var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/health/ready"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/health/live"));

        await host.ShutOutAsync();
        try
        {
            using var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
            Assert.Equal("Unhealthy", (string?)body["store"]);
            Assert.Equal("Healthy", (string?)body["migrations"]);
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/health/live"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusAsync(client, "/health"));
        }
        finally
        {
            await host.LetInAsync();
        }

        await Poll.UntilAsync(
            async () => await StatusAsync(client, "/health/ready") == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), () => Task.FromResult("Readiness did not pass again after the database let the host in."));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }
}
