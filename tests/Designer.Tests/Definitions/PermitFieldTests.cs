using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>
/// A new route's permit is titled from its name without repeating "izin", and the permit may print only fields of the route's
/// form: a <c>{field}</c> the form lacks is an error in Indonesian on the permit's setting, gone once the field is added.
/// </summary>
public abstract class PermitFieldTests(DesignerHost host)
{
    [Fact]
    public async Task ThePermitPrintsOnlyFieldsOfTheForm_AndItsTitleSaysIzinOnce()
    {
        using var analyst = await host.ClientAsync("analyst");
        using (var created = await analyst.PostAsJsonAsync(
            "/api/definitions", new JsonObject { ["definitionId"] = "izin-keramaian-cetak", ["name"] = "Izin Keramaian Cetak", ["serviceCode"] = "IKC" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var document = (await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/izin-keramaian-cetak"))!;
        Assert.Equal("SURAT IZIN KERAMAIAN CETAK", (string?)document["options"]!["permit"]!["title"]);

        document["options"]!["permit"]!["title"] = "SURAT IZIN {jenisAcara}";
        document["options"]!["permit"]!["fields"] = new JsonArray(new JsonObject { ["field"] = "tempatAcara", ["label"] = "Tempat" });
        using (var validated = await analyst.PostAsJsonAsync("/api/definitions/validate", document))
        {
            var errors = (await Problems.ReadObjectAsync(validated))["errors"]!.AsArray().Where(e => (string?)e!["code"] == "document.permit-field-unknown").ToList();
            Assert.Equal(["$.options.permit.title", "$.options.permit.fields[0].field"], errors.Select(e => (string)e!["path"]!));
            Assert.Contains("Surat izin mencetak isian «jenisAcara», tetapi formulir pemohon tidak punya isian itu", (string)errors[0]!["text"]!, StringComparison.Ordinal);
        }

        document["inputs"]!.AsArray().Add(new JsonObject { ["name"] = "jenisAcara", ["type"] = "String", ["displayName"] = "Jenis acara", ["required"] = true });
        document["inputs"]!.AsArray().Add(new JsonObject { ["name"] = "tempatAcara", ["type"] = "String", ["displayName"] = "Tempat acara", ["required"] = true });
        using var fixedUp = await analyst.PostAsJsonAsync("/api/definitions/validate", document);
        var result = await Problems.ReadObjectAsync(fixedUp);
        Assert.True((bool)result["valid"]!, result.ToJsonString());
    }

    public sealed class OnSqlite(SqliteHost host) : PermitFieldTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : PermitFieldTests(host), IClassFixture<PostgresHost>;
}
