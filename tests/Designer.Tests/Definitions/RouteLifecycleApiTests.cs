using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>
/// A route's whole life through <c>/api/definitions</c>: created blank or as a copy, its settings saved and read back as
/// written, its draft deleted (never a published version), and refusals as Indonesian problem details.
/// </summary>
public abstract class RouteLifecycleApiTests(DesignerHost host)
{
    private static string NewId(string stem) => $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";

    [Fact]
    public async Task Create_Blank_IsAValidFirstDraft_StartTaskEnd_ThatPublishesAndTakesApplications()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = NewId("izin-keramaian");

        using var created = await analyst.PostAsJsonAsync("/api/definitions", new { definitionId = id, name = "Izin Keramaian", serviceCode = "IK" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/definitions/{id}", created.Headers.Location?.OriginalString);
        var draft = await Problems.ReadObjectAsync(created);
        Assert.Equal(1, (int)draft["version"]!);
        Assert.True((bool)draft["valid"]!, draft.ToJsonString());
        var document = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!;
        Assert.Equal("Izin Keramaian", (string?)document["name"]);
        Assert.Equal("IK", (string?)document["options"]!["serviceCode"]);
        Assert.False((bool)document["isPublished"]!);
        var types = document["root"]!["activities"]!.AsArray().Select(a => (string)a!["type"]!).ToList();
        Assert.Equal(["Elsa.Start", "Mpp.HumanTask", "Mpp.IssueDocument", "Elsa.End", "Elsa.End"], types);
        Assert.Contains(document["root"]!["activities"]!.AsArray(), a => (string?)a!["id"] == "periksa-kelengkapan-berkas");

        using var publish = await analyst.PostAsync($"/api/definitions/{id}/publish", null);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        var submitted = await host.SubmitAsync(id, new JsonObject { ["namaLengkap"] = "Budi", ["nik"] = SampleData.Nik, ["email"] = "budi@example.org" });
        Assert.Contains("-IK-", submitted.RegistrationNumber, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Copy_TakesItsOwnIdNameAndCode_AndThePermitTemplateOfTheRoute()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = NewId("sip-bidan");

        using var created = await analyst.PostAsJsonAsync("/api/definitions", new { definitionId = id, name = "SIP Bidan", serviceCode = "SIPB", copyFrom = "sip-dokter" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var copy = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!;
        var source = (await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/sip-dokter"))!;
        Assert.Equal(id, (string?)copy["definitionId"]);
        Assert.Equal("SIP Bidan", (string?)copy["name"]);
        Assert.Equal("SIPB", (string?)copy["options"]!["serviceCode"]);
        Assert.Equal(1, (int)copy["version"]!);
        Assert.Equal(source["root"]!["activities"]!.AsArray().Count, copy["root"]!["activities"]!.AsArray().Count);
        Assert.Equal("SURAT IZIN PRAKTIK {profesi}", (string?)copy["options"]!["permit"]!["title"]);
        Assert.Null(copy["options"]!["permit"]!["validity"]!["years"]);

        // Publishing needs a permit the route can produce: the copy has it with itself, there is no file named after it.
        using var publish = await analyst.PostAsync($"/api/definitions/{id}/publish", null);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
    }

    [Fact]
    public async Task Publish_OfACopyWhosePermitLostItsTitle_Is422_SayingWhatToFill()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = NewId("sip-perawat");
        (await analyst.PostAsJsonAsync("/api/definitions", new { definitionId = id, name = "SIP Perawat", serviceCode = "SIPN", copyFrom = "sip-dokter" })).Dispose();
        var document = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!;
        document["options"]!["permit"]!["title"] = "";
        (await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", document)).Dispose();

        using var publish = await analyst.PostAsync($"/api/definitions/{id}/publish", null);

        var problem = await Problems.AssertProblemAsync(publish, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("belum lengkap", problem["detail"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_BadInput_Is400_TakenId409_InIndonesian()
    {
        using var analyst = await host.ClientAsync("analyst");

        using var badId = await analyst.PostAsJsonAsync("/api/definitions", new { definitionId = "Izin Keramaian", name = "", serviceCode = "ik" });
        using var unknownCopy = await analyst.PostAsJsonAsync("/api/definitions", new { definitionId = NewId("salinan"), name = "Salinan", serviceCode = "SAL", copyFrom = "tidak-ada" });
        using var copyWithoutCode = await analyst.PostAsJsonAsync("/api/definitions", new { definitionId = NewId("salinan"), name = "Salinan", copyFrom = "pbg" });
        using var taken = await analyst.PostAsJsonAsync("/api/definitions", new { definitionId = "pbg", name = "PBG lagi" });
        using var notJson = await analyst.PostAsync("/api/definitions", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));

        var problem = await Problems.AssertProblemAsync(badId, HttpStatusCode.BadRequest);
        Assert.Equal(["definitionId", "name", "serviceCode"], Problems.ErrorKeys(problem).Order(StringComparer.Ordinal));
        Assert.Contains("huruf kecil", problem["errors"]!["definitionId"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(["copyFrom"], Problems.ErrorKeys(await Problems.AssertProblemAsync(unknownCopy, HttpStatusCode.BadRequest)));
        Assert.Equal(["serviceCode"], Problems.ErrorKeys(await Problems.AssertProblemAsync(copyWithoutCode, HttpStatusCode.BadRequest)));
        Assert.Contains("sudah dipakai", (string?)(await Problems.AssertProblemAsync(taken, HttpStatusCode.Conflict))["title"], StringComparison.Ordinal);
        await Problems.AssertProblemAsync(notJson, HttpStatusCode.BadRequest);
        Assert.NotEqual("PBG lagi", (string?)(await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/pbg"))!["name"]);
    }

    [Fact]
    public async Task Create_FromImportedJson_KeepsTheImportUnderTheNewId_AndAnImportThatIsNoDefinitionIs400()
    {
        using var analyst = await host.ClientAsync("analyst");
        var imported = (await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/reklame"))!;
        var id = NewId("reklame-impor");

        using var created = await analyst.PostAsJsonAsync("/api/definitions", new { definitionId = id, name = "Reklame impor", serviceCode = "RKI", document = imported });
        using var broken = await analyst.PostAsJsonAsync("/api/definitions", new { definitionId = NewId("rusak"), name = "Rusak", document = new JsonObject { ["root"] = "bukan" } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var stored = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!;
        Assert.Equal(id, (string?)stored["definitionId"]);
        Assert.Equal("Reklame impor", (string?)stored["name"]);
        Assert.Equal("RKI", (string?)stored["options"]!["serviceCode"]);
        Assert.True(JsonNode.DeepEquals(imported["root"], stored["root"]));
        Assert.Equal("reklame", (string?)(await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/reklame"))!["definitionId"]);
        await Problems.AssertProblemAsync(broken, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task DeleteDraft_RemovesANeverPublishedRoute_OrTheDraftOnTopOfAPublishedVersion_NeverAPublishedOne()
    {
        using var analyst = await host.ClientAsync("analyst");
        var fresh = NewId("coba");
        var published = NewId("terbit");
        (await analyst.PostAsJsonAsync("/api/definitions", new { definitionId = fresh, name = "Coba" })).Dispose();
        (await analyst.PostAsJsonAsync("/api/definitions", new { definitionId = published, name = "Terbit" })).Dispose();
        (await analyst.PostAsync($"/api/definitions/{published}/publish", null)).Dispose();
        var document = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{published}"))!;
        document["description"] = "Versi 2";
        (await analyst.PutAsJsonAsync($"/api/definitions/{published}/draft", document)).Dispose();

        using var deleteFresh = await analyst.DeleteAsync($"/api/definitions/{fresh}/draft");
        using var deleteDraft = await analyst.DeleteAsync($"/api/definitions/{published}/draft");
        using var deletePublished = await analyst.DeleteAsync($"/api/definitions/{published}/draft");
        using var deleteShipped = await analyst.DeleteAsync("/api/definitions/pbg/draft");
        using var deleteUnknown = await analyst.DeleteAsync("/api/definitions/tidak-ada/draft");

        Assert.Equal(HttpStatusCode.NoContent, deleteFresh.StatusCode);
        await Problems.AssertProblemAsync(await analyst.GetAsync($"/api/definitions/{fresh}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NoContent, deleteDraft.StatusCode);
        var latest = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{published}"))!;
        Assert.Equal(1, (int)latest["version"]!);
        Assert.True((bool)latest["isPublished"]!);
        await Problems.AssertProblemAsync(deletePublished, HttpStatusCode.Conflict);
        await Problems.AssertProblemAsync(deleteShipped, HttpStatusCode.Conflict);
        await Problems.AssertProblemAsync(deleteUnknown, HttpStatusCode.NotFound);
        Assert.Contains(await analyst.GetFromJsonAsync<JsonArray>("/api/definitions") ?? [], d => (string?)d!["definitionId"] == "pbg");
    }

    [Fact]
    public async Task Settings_SavedAsDraft_AreReadBackAsWritten_AndValid()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = NewId("izin-acara");
        (await analyst.PostAsJsonAsync("/api/definitions", new { definitionId = id, name = "Izin Acara", serviceCode = "IA" })).Dispose();
        var document = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!;
        document["description"] = "Izin untuk acara yang mengundang keramaian.";
        var inputs = document["inputs"]!.AsArray();
        inputs.Add(JsonNode.Parse("""{ "name": "namaAcara", "type": "String", "displayName": "Nama acara", "uiHint": "SingleLine", "required": true, "minLength": 5, "maxLength": 80, "description": "Seperti pada undangan" }"""));
        inputs.Add(JsonNode.Parse("""{ "name": "jenisAcara", "type": "String", "displayName": "Jenis acara", "uiHint": "Dropdown", "required": true, "options": ["Pernikahan", "Konser"] }"""));
        inputs.Add(JsonNode.Parse("""{ "name": "telepon", "type": "String", "displayName": "Telepon", "uiHint": "SingleLine", "format": "phone" }"""));
        inputs.Add(JsonNode.Parse("""{ "name": "suratRt", "type": "File", "displayName": "Surat pengantar RT", "uiHint": "FilePicker" }"""));
        var settings = JsonNode.Parse("""
            { "serviceCode": "IA",
              "requirements": [ { "name": "Surat pengantar RT", "upload": "suratRt" }, { "name": "Fotokopi KTP", "bring": "1 lembar" } ],
              "fee": { "amount": 0, "currency": "IDR", "note": "Tidak dipungut biaya" },
              "slaDays": 5, "statutoryDays": 3, "onStatutoryDeadline": "DeemApprove",
              "legalBasis": ["Perbup 12/2024 tentang Izin Keramaian"], "permitValidityYears": 1,
              "permit": { "title": "IZIN KERAMAIAN {jenisAcara}", "grantStatement": "Memberikan izin kepada:", "holderNameField": "namaLengkap",
                          "holderNikField": "nik", "fields": [ { "field": "namaAcara", "label": "Nama acara" } ], "validity": { "note": "Selama acara" } } }
            """)!.AsObject();
        document["options"] = settings.DeepClone();
        foreach (var flag in new[] { "id", "version", "isLatest", "isPublished" })
        {
            document.Remove(flag);
        }

        using var saved = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", document);

        var draft = await Problems.ReadObjectAsync(saved);
        Assert.True((bool)draft["valid"]!, draft.ToJsonString());
        var stored = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!;
        Assert.True(JsonNode.DeepEquals(settings, stored["options"]), stored["options"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(inputs, stored["inputs"]), stored["inputs"]!.ToJsonString());
        Assert.Equal("Izin untuk acara yang mengundang keramaian.", (string?)stored["description"]);
        Assert.Equal($"{id}-v1", (string?)stored["id"]);
    }

    [Fact]
    public async Task Draft_OfOneStep_WithoutItsVersionId_IsNotToldTheIdIsMissing()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = NewId("sketsa");
        var sketch = JsonNode.Parse("""{ "name": "Sketsa", "root": { "type": "Elsa.Flowchart", "activities": [ { "id": "mulai", "type": "Elsa.Start" } ] } }""");

        using var saved = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", sketch);

        var draft = await Problems.ReadObjectAsync(saved);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var paths = draft["errors"]!.AsArray().Select(e => (string)e!["path"]!).ToList();
        Assert.DoesNotContain("$.id", paths);
        Assert.DoesNotContain("$.definitionId", paths);
        Assert.NotEmpty(paths);
    }

    public sealed class OnSqlite(SqliteHost host) : RouteLifecycleApiTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : RouteLifecycleApiTests(host), IClassFixture<PostgresHost>;
}
