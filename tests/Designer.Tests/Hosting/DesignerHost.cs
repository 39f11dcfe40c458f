using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>
/// The real host on a fresh store per test class (SQLite in a temporary data directory, or a new PostgreSQL database),
/// in Development so the demo accounts exist, with the repository's routes published. Helpers speak HTTP only.
/// </summary>
public abstract partial class DesignerHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = TestHostBuilder.DemoPassword;

    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.Ordinal);
    private readonly TestHostBuilder _host;

    protected DesignerHost() => _host = new TestHostBuilder(DataDirectory);

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("mpp-host-").FullName;

    /// <summary>More settings for this host (mail, outbox timing); set them before the host starts.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>Chooses this host's store (<see cref="TestHostBuilder.OnSqlite"/>, <see cref="TestHostBuilder.OnPostgresAsync"/>).</summary>
    protected abstract Task ConfigureStorageAsync(TestHostBuilder host);

    public async Task InitializeAsync()
    {
        await ConfigureStorageAsync(_host);
        _ = Server;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }

    /// <summary>A second host process on the same store and data directory (e.g. a restart).</summary>
    public WebApplicationFactory<Program> Restarted() => new RestartedHost(this);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Configure(builder);
    }

    /// <summary>Services a test adds to this host (e.g. a log capture); set before the host starts.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    /// <summary>The settings the host starts with, the store's included (e.g. <c>ConnectionStrings:Postgres</c>).</summary>
    public IReadOnlyDictionary<string, string?> HostSettings => _host.Settings;

    private void Configure(IWebHostBuilder builder)
    {
        _host.With(Settings).ApplyTo(builder);
        if (TestServices is { } services)
        {
            builder.ConfigureTestServices(services);
        }
    }

    public async Task<string> TokenAsync(string username) =>
        await _tokens.GetOrAdd(username, async user =>
        {
            using var client = CreateClient();
            using var response = await client.PostAsJsonAsync("/api/auth/token", new { username = user, password = Password });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonObject>();
            return (string)body!["accessToken"]!;
        });

    /// <summary>A client signed in as a demo user, e.g. <c>dinkes.reviewer</c>.</summary>
    public async Task<HttpClient> ClientAsync(string username)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(username));
        return client;
    }

    private sealed class RestartedHost(DesignerHost original) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => original.Configure(builder);
    }
}
