using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>
/// A route's service code is in every registration number it gives: a code of punctuation or lower case, or one another route
/// already numbers with, is an error in Indonesian attached to the setting, and publishing is refused; a code of its own is fine.
/// </summary>
public abstract class ServiceCodeTests(DesignerHost host)
{
    [Fact]
    public async Task AnotherRoutesCode_OrAMalformedOne_IsAnError_AndRefusedAtPublishing()
    {
        using var analyst = await host.ClientAsync("analyst");
        using (var created = await analyst.PostAsJsonAsync(
            "/api/definitions", new JsonObject { ["definitionId"] = "izin-kode", ["name"] = "Izin kode", ["serviceCode"] = "IKD" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var document = (await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/izin-kode"))!;
        Assert.True((bool)(await SaveAsync(analyst, document))["valid"]!);

        document["options"]!["serviceCode"] = "SIP";
        var taken = await SaveAsync(analyst, document);
        var finding = taken["errors"]!.AsArray().SingleOrDefault(e => (string?)e!["code"] == "route.service-code-taken");
        Assert.True(finding is not null, taken.ToJsonString());
        Assert.Equal("$.options.serviceCode", (string?)finding!["path"]);
        using (var validated = await analyst.PostAsJsonAsync("/api/definitions/validate", document))
        {
            var text = (string)(await Problems.ReadObjectAsync(validated))["errors"]!.AsArray().Single(e => (string?)e!["code"] == "route.service-code-taken")!["text"]!;
            Assert.Contains("Kode layanan «SIP» sudah dipakai alur «sip-dokter»", text, StringComparison.Ordinal);
        }

        using (var refused = await analyst.PostAsync("/api/definitions/izin-kode/publish", null))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        }

        document["options"]!["serviceCode"] = "IK-1";
        Assert.Contains((await SaveAsync(analyst, document))["errors"]!.AsArray(), e => (string?)e!["code"] == "route.service-code-invalid");

        document["options"]!["serviceCode"] = "IKD";
        Assert.True((bool)(await SaveAsync(analyst, document))["valid"]!);
        using var published = await analyst.PostAsync("/api/definitions/izin-kode/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    private static async Task<JsonObject> SaveAsync(HttpClient analyst, JsonObject document)
    {
        using var response = await analyst.PutAsJsonAsync("/api/definitions/izin-kode/draft", document);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Problems.ReadObjectAsync(response);
    }

    public sealed class OnSqlite(SqliteHost host) : ServiceCodeTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : ServiceCodeTests(host), IClassFixture<PostgresHost>;
}
