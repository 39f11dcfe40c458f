using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>
/// A route exported from Elsa Studio 3 (<c>Fixtures/elsa-studio-3-export.json</c>) becomes a new route's draft: the steps this
/// product does not have (<c>Elsa.HttpEndpoint</c>, <c>Elsa.WriteLine</c>) are kept as they were, each named in an Indonesian
/// finding, and publishing is refused until they are replaced or deleted. On both stores.
/// </summary>
public abstract class ElsaStudioImportApiTests(DesignerHost host)
{
    internal static JsonObject Export() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "elsa-studio-3-export.json")))!.AsObject();

    [Fact]
    public async Task Import_AnElsaStudioExport_KeepsItsUnknownSteps_NamesThem_AndPublishesOnlyWithoutThem()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = "keramaian-elsa-" + Guid.NewGuid().ToString("N")[..6];
        var export = Export();

        using var created = await analyst.PostAsJsonAsync("/api/definitions", new { definitionId = id, name = "Izin Keramaian (Elsa)", serviceCode = "IKE", document = export });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.False((bool)draft["valid"]!);
        var stored = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!;
        var writeLine = stored["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == "WriteLine1")!;
        Assert.Equal("Elsa.WriteLine", (string?)writeLine["type"]);
        Assert.Equal("Liquid", (string?)writeLine["text"]!["expression"]!["type"]);
        Assert.Equal(6, stored["root"]!["connections"]!.AsArray().Count);

        using var checkedNow = await analyst.PostAsJsonAsync("/api/definitions/validate", stored);
        var findings = (await checkedNow.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray();
        var unknown = findings.Where(e => (string?)e!["code"] == "step.type-unknown").Select(e => (string)e!["text"]!).ToList();
        Assert.Equal(
            ["Tahap «Terima lewat HTTP» berjenis «Elsa.HttpEndpoint» tidak dikenal produk ini; ganti atau hapus sebelum menerbitkan.",
             "Tahap «Catat di log» berjenis «Elsa.WriteLine» tidak dikenal produk ini; ganti atau hapus sebelum menerbitkan."],
            unknown);

        using var refused = await analyst.PostAsync($"/api/definitions/{id}/publish", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);

        // Replaced: the HTTP trigger deleted, the log line's place taken by a connection from the start; the route publishes.
        var activities = stored["root"]!["activities"]!.AsArray();
        activities.Remove(activities.Single(a => (string?)a!["id"] == "HttpEndpoint1"));
        activities.Remove(activities.Single(a => (string?)a!["id"] == "WriteLine1"));
        var connections = stored["root"]!["connections"]!.AsArray();
        foreach (var gone in connections.Where(c => (string?)c!["source"]!["activity"] is "HttpEndpoint1" or "WriteLine1"
            || (string?)c!["target"]!["activity"] == "WriteLine1").ToList())
        {
            connections.Remove(gone);
        }

        connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = "Start1", ["port"] = "Done" },
            ["target"] = new JsonObject { ["activity"] = "periksa", ["port"] = "In" },
        });
        // The permit prints the organiser's name and NIK, so the form asks for them (an Elsa export has no applicant form).
        if (stored["inputs"] is not JsonArray inputs)
        {
            stored["inputs"] = inputs = [];
        }

        foreach (var (name, label) in new[] { ("namaPenyelenggara", "Nama penyelenggara"), ("nik", "NIK") })
        {
            if (!inputs.Any(i => (string?)i!["name"] == name))
            {
                inputs.Add(new JsonObject { ["name"] = name, ["type"] = "String", ["displayName"] = label, ["required"] = true });
            }
        }

        stored["options"]!["permit"] = new JsonObject
        {
            ["title"] = "IZIN KERAMAIAN", ["grantStatement"] = "Memberikan izin kepada:", ["holderNameField"] = "namaPenyelenggara",
            ["holderNikField"] = "nik", ["fields"] = new JsonArray(),
        };
        using var fixedDraft = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", stored);
        Assert.True((bool)(await fixedDraft.Content.ReadFromJsonAsync<JsonObject>())!["valid"]!);
        using var published = await analyst.PostAsync($"/api/definitions/{id}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    public sealed class OnSqlite(SqliteHost host) : ElsaStudioImportApiTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : ElsaStudioImportApiTests(host), IClassFixture<PostgresHost>;
}
