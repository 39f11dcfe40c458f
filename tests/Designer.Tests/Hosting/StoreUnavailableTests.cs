using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Testing;
using Npgsql;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>
/// PostgreSQL refusing the host's connections for a while (restarting, failing over, out of connection slots) is a 503 with
/// <c>Retry-After</c> in the client's language, not a 500; the host serves again once the database does. The host signs in
/// as a role of its own so the test can shut that role out, as a full server would, and let it back in.
/// </summary>
public sealed class StoreUnavailableTests(StoreUnavailableTests.RoleHost host) : IClassFixture<StoreUnavailableTests.RoleHost>
{
    [Fact]
    public async Task DatabaseRefusingConnections_Is503WithRetryAfter_ThenServesAgain()
    {
        using var client = await host.ClientAsync("admin");
        using (var before = await client.GetAsync("/api/calendars/2026"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await host.ShutOutAsync();
        try
        {
            using var refused = await client.GetAsync("/api/calendars/2026");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "No Retry-After on the 503.");
            var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal("Layanan sedang sibuk", (string?)problem["title"]);
        }
        finally
        {
            await host.LetInAsync();
        }

        await Poll.UntilAsync(
            async () => (await client.GetAsync("/api/calendars/2026")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), () => Task.FromResult("The host did not serve again after the database let it in."));
    }

    /// <summary>
    /// A refusal shorter than a second (a restart, a failover's switch) costs a read nothing: the host runs it again after
    /// 250 ms and then 1 s. The database lets the host in 100 ms after the read was sent.
    /// </summary>
    [Fact]
    public async Task ShortRefusal_ReadIsRunAgain_AndServed()
    {
        using var client = await host.ClientAsync("admin");
        using (var warm = await client.GetAsync("/api/calendars/2026"))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        await host.ShutOutAsync();
        Task<HttpResponseMessage> read;
        try
        {
            read = client.GetAsync("/api/calendars/2026");
            await Task.Delay(TimeSpan.FromMilliseconds(100)); // the length of the outage, not a wait for the host
        }
        finally
        {
            await host.LetInAsync();
        }

        using var response = await read;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A submission sent with an <c>Idempotency-Key</c> is safe to run again, body and all: it is filed once.</summary>
    [Fact]
    public async Task ShortRefusal_CommandWithIdempotencyKey_IsRunAgain_AndFiledOnce()
    {
        var key = Guid.NewGuid().ToString();
        using (var warm = await (await host.ClientAsync("admin")).GetAsync("/api/calendars/2026"))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        await host.ShutOutAsync();
        Task<SubmittedApplication> submit;
        try
        {
            submit = host.SubmitAsync("sip-dokter", SampleData.Sip(), key);
            await Task.Delay(TimeSpan.FromMilliseconds(100)); // the length of the outage, not a wait for the host
        }
        finally
        {
            await host.LetInAsync();
        }

        var filed = await submit;
        var again = await host.SubmitAsync("sip-dokter", SampleData.Sip(), key);
        Assert.Equal(filed.Id, again.Id);
    }

    public sealed class RoleHost : DesignerHost
    {
        private string _server = string.Empty;
        private string _role = string.Empty;

        protected override async Task ConfigureStorageAsync(TestHostBuilder host)
        {
            var database = new NpgsqlConnectionStringBuilder(await (await PostgresTestServer.GetAsync()).CreateDatabaseAsync("unavailable"));
            _role = "r_" + database.Database;
            _server = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
            await ExecuteAsync($"CREATE ROLE \"{_role}\" LOGIN; ALTER DATABASE \"{database.Database}\" OWNER TO \"{_role}\";");
            database.Username = _role;
            host.With("Storage:Provider", "Postgres").With("ConnectionStrings:Postgres", database.ConnectionString);
        }

        /// <summary>No new connection for the host's role, and its open ones closed: what a restarting server does to clients.</summary>
        public Task ShutOutAsync() => ExecuteAsync(
            $"ALTER ROLE \"{_role}\" CONNECTION LIMIT 0; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{_role}';");

        public Task LetInAsync() => ExecuteAsync($"ALTER ROLE \"{_role}\" CONNECTION LIMIT -1;");

        private async Task ExecuteAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
