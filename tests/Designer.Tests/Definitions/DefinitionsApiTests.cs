using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>
/// Analysts edit and publish routes through <c>/api/definitions</c>; publishing makes a new version for new applications
/// while running ones stay on the version they started with.
/// </summary>
public abstract class DefinitionsApiTests(DesignerHost host)
{
    [Fact]
    public async Task List_ShowsTheSeededRoutesPublished()
    {
        using var analyst = await host.ClientAsync("analyst");
        var list = await analyst.GetFromJsonAsync<JsonArray>("/api/definitions");

        var seeded = list!.Where(d => (string?)d!["definitionId"] is "sip-dokter" or "pbg" or "reklame").ToList();
        Assert.Equal(3, seeded.Count);
        Assert.All(seeded, d => Assert.NotNull(d!["publishedVersion"]));
    }

    [Fact]
    public async Task Get_Published_ReturnsTheElsaShapedDocument()
    {
        using var analyst = await host.ClientAsync("analyst");
        var document = await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/pbg?version=published");

        Assert.Equal("pbg", (string?)document!["definitionId"]);
        Assert.True((bool)document["isPublished"]!);
        Assert.Equal("Elsa.Flowchart", (string?)document["root"]!["type"]);
    }

    [Fact]
    public async Task Get_UnknownDefinitionOrVersion_Returns404Problem()
    {
        using var analyst = await host.ClientAsync("analyst");
        using var unknown = await analyst.GetAsync("/api/definitions/tidak-ada");
        using var missingVersion = await analyst.GetAsync("/api/definitions/pbg?version=99");

        await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(missingVersion, HttpStatusCode.NotFound);
    }

    /// <summary>Regression: a route without an id whose permit comes from a template file answered 500 (the file lookup threw).</summary>
    [Fact]
    public async Task Validate_RouteWithoutAnId_AndWithAPermitStep_AnswersWithFindings_Not500()
    {
        using var analyst = await host.ClientAsync("analyst");
        var document = await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/reklame?version=latest");
        document!["definitionId"] = null;
        (document["options"] as JsonObject)?.Remove("permit");

        using var response = await analyst.PostAsJsonAsync("/api/definitions/validate", document);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await Problems.ReadObjectAsync(response);
        Assert.False((bool)result["valid"]!);
        Assert.Contains(result["errors"]!.AsArray(), e => (string?)e!["code"] == "document.permit-template-missing");
    }

    [Fact]
    public async Task Validate_ShippedRoute_IsValid_AndBrokenRoute_ListsErrorsWithPaths()
    {
        using var analyst = await host.ClientAsync("analyst");
        var document = await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/reklame?version=latest");
        using var valid = await analyst.PostAsJsonAsync("/api/definitions/validate", document);
        document!["root"]!["activities"]!.AsArray().Add(new JsonObject { ["id"] = "mystery", ["type"] = "Acme.Teleport" });
        using var invalid = await analyst.PostAsJsonAsync("/api/definitions/validate", document);

        var ok = await Problems.ReadObjectAsync(valid);
        Assert.True((bool)ok["valid"]!);
        Assert.Empty(ok["errors"]!.AsArray());
        var bad = await Problems.ReadObjectAsync(invalid);
        Assert.False((bool)bad["valid"]!);
        Assert.Contains(bad["errors"]!.AsArray(), e => ((string)e!["path"]!).StartsWith("$.root.activities", StringComparison.Ordinal)
            && ((string)e["message"]!).Contains("Acme.Teleport", StringComparison.Ordinal));

        var teleport = bad["errors"]!.AsArray().Single(e => (string?)e!["activityId"] == "mystery" && (string?)e!["code"] == "step.type-unknown");
        Assert.Equal("Tahap «mystery» berjenis «Acme.Teleport» tidak dikenal produk ini; ganti atau hapus sebelum menerbitkan.", (string?)teleport!["text"]);
    }

    [Fact]
    public async Task Validate_WarnsOfATaskNobodyCanDo_AndDeadlinesBeyondTheStatutoryDays_WithoutRefusingTheRoute()
    {
        using var analyst = await host.ClientAsync("analyst");
        var document = await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/reklame?version=latest");
        using var before = await analyst.PostAsJsonAsync("/api/definitions/validate", document);
        var task = document!["root"]!["activities"]!.AsArray().First(a => (string?)a!["id"] == "check-completeness")!;
        task["role"]!["expression"]!["value"] = "Juru ukur";
        var afterComplete = document["root"]!["activities"]!.AsArray().First(a => (string?)a!["id"] == "sign-permit")!;
        afterComplete["slaDays"]!["expression"]!["value"] = 30;
        using var after = await analyst.PostAsJsonAsync("/api/definitions/validate", document);

        var ok = await Problems.ReadObjectAsync(before);
        Assert.DoesNotContain(ok["warnings"]!.AsArray(), w => (string?)w!["code"] == "task.no-staff");
        var warned = await Problems.ReadObjectAsync(after);
        Assert.True((bool)warned["valid"]!);
        var warnings = warned["warnings"]!.AsArray();
        var staff = warnings.Single(w => (string?)w!["code"] == "task.no-staff")!;
        Assert.Equal("check-completeness", (string?)staff["activityId"]);
        Assert.Equal("Warning", (string?)staff["severity"]);
        Assert.Equal("Tidak ada petugas aktif di instansi «DPMPTSP» dengan peran «Juru ukur» untuk mengerjakan «Pemeriksaan kelengkapan berkas».",
            (string?)staff["text"]);
        // Reklame after check-completeness: the surveys (3, at the same time), pay-tax 3, sign-permit now 30.
        var sla = warnings.Single(w => (string?)w!["code"] == "route.main-path-over-statutory")!;
        Assert.Equal("$.options.statutoryDays", (string?)sla["path"]);
        Assert.Contains("berjumlah 36 hari kerja, melebihi batas waktu menurut peraturan (8 hari kerja)", (string?)sla["text"], StringComparison.Ordinal);
        var service = warnings.Single(w => (string?)w!["code"] == "route.main-path-over-service-time")!;
        Assert.Equal("$.options.slaDays", (string?)service["path"]);
    }

    [Fact]
    public async Task Draft_Invalid_IsSavedWithErrors_ButPublishReturns422Problem()
    {
        using var analyst = await host.ClientAsync("analyst");
        var document = await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/reklame?version=published");
        document!["definitionId"] = "reklame-draft";
        document["root"]!["activities"]!.AsArray().Add(new JsonObject { ["id"] = "mystery", ["type"] = "Acme.Teleport" });

        using var saved = await analyst.PutAsJsonAsync("/api/definitions/reklame-draft/draft", document);
        using var publish = await analyst.PostAsync("/api/definitions/reklame-draft/publish", null);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var draft = await Problems.ReadObjectAsync(saved);
        Assert.False((bool)draft["valid"]!);
        Assert.Equal(1, (int)draft["version"]!);
        Assert.NotEmpty(draft["errors"]!.AsArray());
        var problem = await Problems.AssertProblemAsync(publish, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(Problems.ErrorKeys(problem));
        var stored = await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/reklame-draft");
        Assert.False((bool)stored!["isPublished"]!);
    }

    [Fact]
    public async Task Draft_WithDefinitionIdOtherThanRoute_Returns400Problem()
    {
        using var analyst = await host.ClientAsync("analyst");
        var document = await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/reklame");
        using var response = await analyst.PutAsJsonAsync("/api/definitions/pbg/draft", document);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("definitionId", Problems.ErrorKeys(problem));
    }

    [Fact]
    public async Task Publish_UnknownDefinition_Returns404Problem()
    {
        using var admin = await host.ClientAsync("admin");
        using var response = await admin.PostAsync("/api/definitions/tidak-ada/publish", null);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Activities_ListsTheCatalog()
    {
        using var analyst = await host.ClientAsync("analyst");
        var catalog = await analyst.GetFromJsonAsync<JsonArray>("/api/activities");

        var types = catalog!.Select(a => (string)a!["type"]!).ToList();
        Assert.Contains("Mpp.HumanTask", types);
        Assert.Contains("Elsa.FlowJoin", types);
        Assert.Contains("Elsa.End", types);
    }

    /*  v1: check-completeness --Lengkap--> verify-file
        v2: check-completeness --Diterima--> verify-file   (published while a v1 application waits at check-completeness) */
    [Fact]
    public async Task Publish_NewVersion_NewApplicationsUseIt_RunningApplicationsStayOnTheirVersion()
    {
        using var analyst = await host.ClientAsync("analyst");
        var document = await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/sip-dokter?version=published");
        var publishedVersion = (int)document!["version"]!;
        var running = await host.SubmitAsync("sip-dokter", SampleData.Sip());

        RenameOutcome(document, "check-completeness", "Lengkap", "Diterima");
        using var saved = await analyst.PutAsJsonAsync("/api/definitions/sip-dokter/draft", document);
        var draft = await Problems.ReadObjectAsync(saved);
        Assert.True((bool)draft["valid"]!, draft.ToJsonString());
        using var publish = await analyst.PostAsync("/api/definitions/sip-dokter/publish", null);
        var published = await Problems.ReadObjectAsync(publish);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Equal(publishedVersion + 1, (int)published["version"]!);

        var newer = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        Assert.Equal(publishedVersion + 1, newer.DefinitionVersion);
        Assert.Equal(["Diterima", "TidakLengkap"], Outcomes(await host.OpenTaskAsync(newer, "check-completeness")));
        Assert.Equal(["Lengkap", "TidakLengkap"], Outcomes(await host.OpenTaskAsync(running, "check-completeness")));

        var after = await host.DecideAsync(running, "check-completeness", "Lengkap");
        Assert.Equal(publishedVersion, (int)after["definitionVersion"]!);
        Assert.Equal("verify-file", (string?)Assert.Single(after["openTasks"]!.AsArray())!["activityId"]);
        await host.DecideAsync(newer, "check-completeness", "Diterima");
    }

    private static void RenameOutcome(JsonObject document, string activityId, string from, string to)
    {
        var activity = document["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == activityId)!;
        var outcomes = activity["outcomes"]!["expression"]!["value"]!.AsArray();
        outcomes[outcomes.Select(o => (string?)o).ToList().IndexOf(from)] = to;
        foreach (var connection in document["root"]!["connections"]!.AsArray())
        {
            var source = connection!["source"]!;
            if ((string?)source["activity"] == activityId && (string?)source["port"] == from)
            {
                source["port"] = to;
            }
        }
    }

    private static List<string> Outcomes(JsonObject task) => [.. task["outcomes"]!.AsArray().Select(o => (string)o!)];

    public sealed class OnSqlite(SqliteHost host) : DefinitionsApiTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : DefinitionsApiTests(host), IClassFixture<PostgresHost>;
}
