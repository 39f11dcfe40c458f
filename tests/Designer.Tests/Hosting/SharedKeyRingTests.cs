using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Mpp.Workflows.Testing;
using Npgsql;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>
/// Several hosts on one PostgreSQL are one deployment: a staff token issued by one host is accepted by another, because the
/// data-protection key ring lives in the store (encrypted with the shared <c>Engine:TrackingTokenSecret</c>) instead of each
/// host's data directory. Hosts starting together make one key, not one each.
/// </summary>
public sealed class SharedKeyRingTests
{
    private static readonly string Secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task TokenIssuedByOneHost_IsAcceptedByAnother_AndTheStoredKeyIsEncrypted()
    {
        var connectionString = await (await PostgresTestServer.GetAsync()).CreateDatabaseAsync("keyring");
        await using var first = await StartAsync(connectionString);
        await using var second = await StartAsync(connectionString);

        Assert.Equal(HttpStatusCode.OK, await TasksStatusAsync(second, await first.TokenAsync("dpmptsp.frontoffice")));
        Assert.Equal(HttpStatusCode.OK, await TasksStatusAsync(first, await second.TokenAsync("dpmptsp.reviewer")));

        var keys = await StoredKeysAsync(connectionString);
        var key = Assert.Single(keys);
        Assert.Contains("encryptedSecret", key, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostsStartingTogether_MakeOneKey()
    {
        var connectionString = await (await PostgresTestServer.GetAsync()).CreateDatabaseAsync("keyring_race");
        var hosts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => StartAsync(connectionString)));
        try
        {
            Assert.Single(await StoredKeysAsync(connectionString));
            var token = await hosts[0].TokenAsync("admin");
            foreach (var host in hosts)
            {
                Assert.Equal(HttpStatusCode.OK, await TasksStatusAsync(host, token));
            }
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// A host started with another secret (a typo in one host's configuration, or a single host whose secret was replaced) does
    /// not crash on the key it cannot decrypt: it starts, makes a key of its own, serves its own sign-ins, and refuses the other
    /// host's tokens — which it could not check — with 401.
    /// </summary>
    [Fact]
    public async Task HostWithAnotherSecret_Starts_ServesItsOwnTokens_AndRefusesTheOthers()
    {
        var connectionString = await (await PostgresTestServer.GetAsync()).CreateDatabaseAsync("keyring_secret");
        await using var first = await StartAsync(connectionString);
        var firstToken = await first.TokenAsync("admin");

        await using var other = await StartAsync(connectionString, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        Assert.Equal(HttpStatusCode.OK, await TasksStatusAsync(other, await other.TokenAsync("admin")));
        Assert.Equal(HttpStatusCode.Unauthorized, await TasksStatusAsync(other, firstToken));
        Assert.Equal(HttpStatusCode.OK, await TasksStatusAsync(first, firstToken));
        Assert.Equal(2, (await StoredKeysAsync(connectionString)).Count);
    }

    private static async Task<SharedHost> StartAsync(string connectionString, string? secret = null)
    {
        var host = new SharedHost(connectionString);
        host.Settings["Engine:TrackingTokenSecret"] = secret ?? Secret;
        await ((IAsyncLifetime)host).InitializeAsync();
        return host;
    }

    private static async Task<HttpStatusCode> TasksStatusAsync(DesignerHost host, string token)
    {
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync("/api/tasks");
        return response.StatusCode;
    }

    private static async Task<IReadOnlyList<string>> StoredKeysAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT value FROM mpp.host_keys WHERE purpose = 'data-protection'", connection);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>A host on a given database with a data directory of its own, as a second machine would have.</summary>
    private sealed class SharedHost(string connectionString) : DesignerHost, IAsyncDisposable
    {
        protected override Task ConfigureStorageAsync(TestHostBuilder host)
        {
            host.With("Storage:Provider", "Postgres").With("ConnectionStrings:Postgres", connectionString);
            return Task.CompletedTask;
        }

        public new async ValueTask DisposeAsync() => await ((IAsyncLifetime)this).DisposeAsync();
    }
}
