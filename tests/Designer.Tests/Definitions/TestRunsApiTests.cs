using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>
/// <c>/api/definitions/{id}/draft/test-runs</c>: a route's draft runs in memory (nothing written), named runs are kept in the
/// draft on the store and rerun, flagging those whose path changed; bad input is a 4xx problem in Indonesian.
/// </summary>
public abstract class TestRunsApiTests(DesignerHost host)
{
    private static readonly JsonArray Approved =
    [
        Choice("check-completeness", "Lengkap"), Choice("verify-file", "Terverifikasi"),
        Choice("health-recommendation", "Rekomendasi"), Choice("sign-permit", "Tandatangani"),
    ];

    [Fact]
    public async Task Run_WithoutData_UsesSampleFormData_AndWaitsForTheFirstChoice()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = await DraftAsync(analyst, "sip-uji-sample");

        using var response = await analyst.PostAsJsonAsync($"/api/definitions/{id}/draft/test-runs", new JsonObject());

        var body = await Problems.ReadObjectAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("^[0-9]{16}$", (string?)body["data"]!["nik"]);
        Assert.Equal("Dokter", (string?)body["data"]!["profesi"]);
        Assert.Equal("Waiting", (string?)body["run"]!["status"]);
        Assert.Equal("check-completeness", (string?)body["run"]!["waiting"]!["activityId"]);
        Assert.Equal(["Lengkap", "TidakLengkap"], body["run"]!["waiting"]!["outcomes"]!.AsArray().Select(o => (string)o!));
    }

    [Fact]
    public async Task Run_Approved_OnAFixedDate_PinsTheWorkingDays_AndWritesNothing()
    {
        using var analyst = await host.ClientAsync("analyst");
        using var admin = await host.ClientAsync("admin");
        var id = await DraftAsync(analyst, "sip-uji-run");
        var before = await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}");

        using var response = await analyst.PostAsJsonAsync($"/api/definitions/{id}/draft/test-runs", Request(Approved));

        var run = (await Problems.ReadObjectAsync(response))["run"]!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("Ended", "Approved", 10), ((string?)run["status"], (string?)run["result"], (int)run["totalWorkingDays"]!));
        Assert.Equal((8, 8), ((int)run["statutory"]!["days"]!, (int)run["statutory"]!["daysUsed"]!));
        var after = await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}");
        Assert.Equal(before!.ToJsonString(), after!.ToJsonString());
        var applications = await admin.GetFromJsonAsync<JsonObject>($"/api/applications?definitionId={id}");
        Assert.Equal(0, (int)applications!["total"]!);
    }

    [Fact]
    public async Task SavedRuns_AreKeptInTheDraft_Rerun_FlagTheChangedPath_AndDelete()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = await DraftAsync(analyst, "sip-uji-saved");

        using var approved = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft/test-runs/disetujui", Request(Approved));
        using var refused = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft/test-runs/ditolak loket",
            Request([Choice("check-completeness", "TidakLengkap"), Choice("return-incomplete", "Expired")]));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var saved = await analyst.GetFromJsonAsync<JsonArray>($"/api/definitions/{id}/draft/test-runs");
        Assert.Equal(["disetujui", "ditolak loket"], saved!.Select(r => (string)r!["name"]!));
        Assert.Equal(10, (int)saved![0]!["totalWorkingDays"]!);

        // The health office now takes 10 days instead of 6: the approved run's path takes longer, the refused one is the same.
        var document = await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}");
        Assert.Equal(2, document!["studio"]!["testRuns"]!.AsArray().Count);
        Activity(document, "health-recommendation")["slaDays"]!["expression"]!["value"] = 10;
        using var edited = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", document);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        using var rerun = await analyst.PostAsync($"/api/definitions/{id}/draft/test-runs/rerun", null);
        var replays = (await rerun.Content.ReadFromJsonAsync<JsonArray>())!.ToDictionary(r => (string)r!["saved"]!["name"]!, r => r!.AsObject());
        Assert.True((bool)replays["disetujui"]["pathChanged"]!);
        Assert.Equal(14, (int)replays["disetujui"]["run"]!["totalWorkingDays"]!);
        Assert.False((bool)replays["ditolak loket"]["pathChanged"]!);

        using var deleted = await analyst.DeleteAsync($"/api/definitions/{id}/draft/test-runs/disetujui");
        using var again = await analyst.DeleteAsync($"/api/definitions/{id}/draft/test-runs/disetujui");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var problem = await Problems.AssertProblemAsync(again, HttpStatusCode.NotFound);
        Assert.Contains("tidak ditemukan", (string)problem["title"]!, StringComparison.Ordinal);
        Assert.Equal(["ditolak loket"], (await analyst.GetFromJsonAsync<JsonArray>($"/api/definitions/{id}/draft/test-runs"))!.Select(r => (string)r!["name"]!));
    }

    /// <summary>
    /// The runs saved with a published version come along into the next version's draft, so they can be rerun against the
    /// change before it is published — also when the edit is saved without them.
    /// </summary>
    [Fact]
    public async Task SavedRuns_OfThePublishedVersion_ComeAlongIntoTheNextDraft_AndFlagTheChange()
    {
        using var analyst = await host.ClientAsync("analyst");
        const string id = "sip-uji-versi";
        using (var created = await analyst.PostAsJsonAsync(
            "/api/definitions", new JsonObject { ["definitionId"] = id, ["name"] = "SIP uji versi", ["serviceCode"] = "SUV", ["copyFrom"] = "sip-dokter" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using (var run = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft/test-runs/disetujui", Request(Approved)))
        {
            Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        }

        using (var published = await analyst.PostAsync($"/api/definitions/{id}/publish", null))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        var document = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!;
        document.Remove("studio");
        Activity(document, "health-recommendation")["slaDays"]!["expression"]!["value"] = 10;
        using (var edited = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", document))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
            Assert.Equal(2, (int)(await Problems.ReadObjectAsync(edited))["version"]!);
        }

        var saved = await analyst.GetFromJsonAsync<JsonArray>($"/api/definitions/{id}/draft/test-runs");
        Assert.Equal(["disetujui"], saved!.Select(r => (string)r!["name"]!));
        using var rerun = await analyst.PostAsync($"/api/definitions/{id}/draft/test-runs/rerun", null);
        var replay = Assert.Single((await rerun.Content.ReadFromJsonAsync<JsonArray>())!)!;
        Assert.True((bool)replay["pathChanged"]!);
    }

    /// <summary>A step renamed in the studio (its id follows its name) is renamed in the saved runs: they still rerun, unchanged.</summary>
    [Fact]
    public async Task SavedRuns_FollowARenamedStep_AndStillRerun()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = await DraftAsync(analyst, "sip-uji-ganti-nama");
        using (var run = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft/test-runs/disetujui", Request(Approved)))
        {
            Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        }

        var document = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!;
        var step = Activity(document, "health-recommendation");
        step["id"] = "rekomendasi-dinkes";
        step["name"] = "Rekomendasi Dinas Kesehatan";
        foreach (var end in document["root"]!["connections"]!.AsArray().Select(c => c!.AsObject()).SelectMany(c => new[] { c["source"]!, c["target"]! }))
        {
            if ((string?)end["activity"] == "health-recommendation")
            {
                end["activity"] = "rekomendasi-dinkes";
            }
        }

        using (var renamed = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", document))
        {
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        }

        var saved = (await analyst.GetFromJsonAsync<JsonArray>($"/api/definitions/{id}/draft/test-runs"))!;
        var steps = saved.Single()!["choices"]!.AsArray().Select(c => (string)c!["step"]!).ToList();
        Assert.Contains("rekomendasi-dinkes", steps);
        Assert.DoesNotContain("health-recommendation", steps);
        using var rerun = await analyst.PostAsync($"/api/definitions/{id}/draft/test-runs/rerun", null);
        var replay = Assert.Single((await rerun.Content.ReadFromJsonAsync<JsonArray>())!)!;
        Assert.False((bool)replay["pathChanged"]!, replay.ToJsonString());
        Assert.Equal(10, (int)replay["run"]!["totalWorkingDays"]!);
    }

    [Fact]
    public async Task BadInput_Is4xxProblem_InIndonesian()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = await DraftAsync(analyst, "sip-uji-bad");

        using var unknownStep = await analyst.PostAsJsonAsync($"/api/definitions/{id}/draft/test-runs", Request([Choice("teleport", "Lengkap")]));
        using var badOutcome = await analyst.PostAsJsonAsync($"/api/definitions/{id}/draft/test-runs", Request([Choice("check-completeness", "Mungkin")]));
        using var badDays = await analyst.PostAsJsonAsync($"/api/definitions/{id}/draft/test-runs",
            Request([new JsonObject { ["step"] = "check-completeness", ["outcome"] = "Lengkap", ["days"] = -1 }]));
        using var notJson = await analyst.PostAsync($"/api/definitions/{id}/draft/test-runs", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        using var unknownRoute = await analyst.PostAsJsonAsync("/api/definitions/tidak-ada/draft/test-runs", new JsonObject());
        using var publishedOnly = await analyst.PutAsJsonAsync("/api/definitions/reklame/draft/test-runs/uji", new JsonObject());
        using var noName = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft/test-runs/%20", new JsonObject());

        Assert.Equal(["choices[0].step"], Problems.ErrorKeys(await Problems.AssertProblemAsync(unknownStep, HttpStatusCode.BadRequest)));
        var outcome = await Problems.AssertProblemAsync(badOutcome, HttpStatusCode.BadRequest);
        Assert.Contains("Lengkap", (string)outcome["errors"]!["choices[0].outcome"]![0]!, StringComparison.Ordinal);
        Assert.Equal(["choices[0].days"], Problems.ErrorKeys(await Problems.AssertProblemAsync(badDays, HttpStatusCode.BadRequest)));
        await Problems.AssertProblemAsync(notJson, HttpStatusCode.BadRequest);
        Assert.Contains("tidak ditemukan", (string)(await Problems.AssertProblemAsync(unknownRoute, HttpStatusCode.NotFound))["title"]!, StringComparison.Ordinal);
        Assert.Contains("draf", (string)(await Problems.AssertProblemAsync(publishedOnly, HttpStatusCode.Conflict))["title"]!, StringComparison.Ordinal);
        Assert.Equal(["name"], Problems.ErrorKeys(await Problems.AssertProblemAsync(noName, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task RealApplicationData_IsCopiedForStaffWhoMayReadIt_Only()
    {
        var filed = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        using var admin = await host.ClientAsync("admin");
        using var analyst = await host.ClientAsync("analyst");
        using var reviewer = await host.ClientAsync("dpmptsp.reviewer");
        var body = new JsonObject { ["registrationNumber"] = filed.RegistrationNumber };

        using var copied = await admin.PostAsJsonAsync("/api/definitions/sip-dokter/draft/test-runs", body);
        using var refused = await analyst.PostAsJsonAsync("/api/definitions/sip-dokter/draft/test-runs", body);
        using var notDesigner = await reviewer.PostAsJsonAsync("/api/definitions/sip-dokter/draft/test-runs", body);

        Assert.Equal(HttpStatusCode.OK, copied.StatusCode);
        var copiedBody = await Problems.ReadObjectAsync(copied);
        Assert.True((bool)copiedBody["copiedFromApplication"]!);
        Assert.Equal("Dokter", (string?)copiedBody["data"]!["profesi"]);
        Assert.NotEqual("Klinik Sehat Pemalang", (string?)copiedBody["data"]!["tempatPraktik"]);
        var problem = await Problems.AssertProblemAsync(refused, HttpStatusCode.NotFound);
        Assert.Contains(filed.RegistrationNumber, (string)problem["title"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, notDesigner.StatusCode);
    }

    [Fact]
    public async Task RunsCopiedFromARealApplication_OrCarryingItsData_LeaveNothingPersonal_InTheDraftOrThePublishedVersion()
    {
        // A PBG application of a large commercial building (the route decides on floor area and function) by a real applicant.
        const string name = "Ir. Bambang Rahasia Wijaya", nik = "3327019912850007", email = "bambang.rahasia@warga.example.org";
        var data = SampleData.Pbg(450, "Usaha");
        (data["namaPemilik"], data["nik"], data["email"], data["alamatBangunan"]) = (name, nik, email, "Jl. Melati Rahasia 7, Pemalang");
        using var anonymous = host.CreateClient();
        using var submitted = await anonymous.PostAsJsonAsync("/api/applications", new JsonObject
        {
            ["definitionId"] = "pbg", ["data"] = data,
            ["applicant"] = new JsonObject { ["name"] = name, ["email"] = email, ["phone"] = "081398765432", ["nik"] = nik },
        });
        var filed = await Problems.ReadObjectAsync(submitted);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var number = (string)filed["registrationNumber"]!;
        string[] secrets = [name, nik, email, number, "081398765432", "Melati Rahasia", (string)filed["id"]!];

        using var admin = await host.ClientAsync("admin");
        var document = (await admin.GetFromJsonAsync<JsonObject>("/api/definitions/pbg?version=published"))!;
        document.Remove("studio");
        using var draft = await admin.PutAsJsonAsync("/api/definitions/pbg/draft", document);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);

        // Copied: the path follows the application (floor area, function), the person is sample data, the number is not kept.
        using var copied = await admin.PostAsJsonAsync("/api/definitions/pbg/draft/test-runs", new JsonObject { ["registrationNumber"] = number });
        var copy = await Problems.ReadObjectAsync(copied);
        Assert.Equal(HttpStatusCode.OK, copied.StatusCode);
        Assert.Equal((450, "Usaha"), ((int)copy["data"]!["luasLantai"]!, (string?)copy["data"]!["fungsiBangunan"]));
        AssertFree(copy["data"]!.ToJsonString(), secrets);
        using var saved = await admin.PutAsJsonAsync("/api/definitions/pbg/draft/test-runs/salinan", new JsonObject { ["registrationNumber"] = number });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True((bool)(await Problems.ReadObjectAsync(saved))["copiedFromApplication"]!);

        // Given by hand through the API, with the applicant's identity in the form and in a key of no field: sanitised on save.
        var given = (JsonObject)data.DeepClone();
        given["catatan"] = $"hubungi {email}";
        using var typed = await admin.PutAsJsonAsync("/api/definitions/pbg/draft/test-runs/ketik",
            new JsonObject { ["data"] = given, ["copiedFromApplication"] = true });
        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);

        // Written straight into the draft's studio section: the draft save sanitises it too.
        var withRuns = (await admin.GetFromJsonAsync<JsonObject>("/api/definitions/pbg"))!;
        var run = withRuns["studio"]!["testRuns"]![0]!.DeepClone().AsObject();
        (run["name"], run["data"]) = ("langsung", data.DeepClone());
        withRuns["studio"]!["testRuns"]!.AsArray().Add(run);
        using var direct = await admin.PutAsJsonAsync("/api/definitions/pbg/draft", withRuns);
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);

        var draftJson = await admin.GetStringAsync("/api/definitions/pbg");
        Assert.Equal(3, JsonNode.Parse(draftJson)!["studio"]!["testRuns"]!.AsArray().Count);
        AssertFree(draftJson, secrets);
        var runs = (await admin.GetFromJsonAsync<JsonArray>("/api/definitions/pbg/draft/test-runs"))!;
        Assert.All(runs, r => Assert.Equal((450, "Usaha"), ((int)r!["data"]!["luasLantai"]!, (string?)r["data"]!["fungsiBangunan"])));
        using var published = await admin.PostAsync("/api/definitions/pbg/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        AssertFree(await admin.GetStringAsync("/api/definitions/pbg?version=published"), secrets);
    }

    private static void AssertFree(string json, IEnumerable<string> secrets)
    {
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static JsonObject Choice(string step, string outcome) => new() { ["step"] = step, ["outcome"] = outcome };

    private static JsonObject Request(JsonArray choices) => new()
    {
        ["data"] = SampleData.Sip(),
        ["submittedAt"] = "2026-03-16T09:00:00+07:00",
        ["choices"] = choices.DeepClone(),
    };

    private static JsonNode Activity(JsonObject document, string id) =>
        document["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == id)!;

    /// <summary>A draft copy of the SIP route under a new id.</summary>
    private static async Task<string> DraftAsync(HttpClient analyst, string id)
    {
        var document = await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/sip-dokter?version=published");
        document!["definitionId"] = id;
        document.Remove("studio");
        using var saved = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", document);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        return id;
    }

    public sealed class OnSqlite(SqliteHost host) : TestRunsApiTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : TestRunsApiTests(host), IClassFixture<PostgresHost>;
}
