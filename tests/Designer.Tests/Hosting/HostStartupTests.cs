using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>Start-up behaviour that does not depend on the store: configuration errors, seeding, health, API docs.</summary>
public sealed class HostStartupTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Health_WithStoreReachable_Returns200Healthy()
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Healthy", (string?)body!["status"]);
        Assert.Equal("Healthy", (string?)body["store"]);
    }

    [Fact]
    public async Task OpenApiDocumentAndScalar_AreServed()
    {
        using var client = host.CreateClient();
        var document = await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json");
        using var scalar = await client.GetAsync("/scalar/");

        Assert.NotNull(document!["paths"]!["/api/tasks/{id}/complete"]);
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
    }

    [Fact]
    public void Start_PostgresWithoutConnectionString_FailsWithClearMessage()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(
            new TestHostBuilder(host.DataDirectory).With("Storage:Provider", "Postgres").With("ConnectionStrings:Postgres", "").ApplyTo);

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
        Assert.Contains("ConnectionStrings:Postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAnInvalidRoute_PublishesTheOthersAndSkipsIt()
    {
        var workflows = Directory.CreateTempSubdirectory("mpp-workflows-").FullName;
        var data = Directory.CreateTempSubdirectory("mpp-data-").FullName;
        try
        {
            File.Copy(Path.Combine(RepoPaths.Workflows, "offices.json"), Path.Combine(workflows, "offices.json"));
            File.Copy(Path.Combine(RepoPaths.Workflows, "reklame.json"), Path.Combine(workflows, "reklame.json"));
            Directory.CreateDirectory(Path.Combine(workflows, "templates"));
            File.Copy(Path.Combine(RepoPaths.Workflows, "templates", "reklame.json"), Path.Combine(workflows, "templates", "reklame.json"));
            var broken = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Workflows, "pbg.json")))!;
            broken["root"]!["connections"]!.AsArray().Add(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = "nowhere", ["port"] = "Done" },
                ["target"] = new JsonObject { ["activity"] = "register", ["port"] = "In" },
            });
            await File.WriteAllTextAsync(Path.Combine(workflows, "pbg.json"), broken.ToJsonString());
            await File.WriteAllTextAsync(Path.Combine(workflows, "notes.json"), "{ this is not json");

            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(
                new TestHostBuilder(data).With("Workflows:Directory", workflows).ApplyTo);
            using var client = factory.CreateClient();
            using var token = await client.PostAsJsonAsync("/api/auth/token", new { username = "analyst", password = DesignerHost.Password });
            client.DefaultRequestHeaders.Authorization = new("Bearer", (string)(await token.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!);
            var definitions = await client.GetFromJsonAsync<JsonArray>("/api/definitions");

            Assert.Equal(["reklame"], definitions!.Select(d => (string)d!["definitionId"]!));
        }
        finally
        {
            Directory.Delete(workflows, recursive: true);
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Start_InProduction_SeedsNoUsers()
    {
        var data = Directory.CreateTempSubdirectory("mpp-data-").FullName;
        try
        {
            // As deployed: no demo password configured.
            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(
                new TestHostBuilder(data).InEnvironment("Production").Without("Seed:DemoPassword").WithSigningCertificate().ApplyTo);
            using var client = factory.CreateClient();
            using var response = await client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = DesignerHost.Password });

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
