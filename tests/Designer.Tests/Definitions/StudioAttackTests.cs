using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>
/// The second attack on the studio's API (issue 12), closed on both stores: huge saved-run values are refused before any
/// pattern looks at them, an impossible filing date is a 400, and hidden characters are refused in every text people read.
/// </summary>
public abstract partial class StudioAttackTests(DesignerHost host)
{
    [Fact]
    public async Task DraftPut_WithAHugeSavedRunValue_IsRefusedQuickly()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = await DraftAsync(analyst, "sip-serang-redos");
        var document = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!;
        document["studio"] = new JsonObject
        {
            ["testRuns"] = new JsonArray(new JsonObject
            {
                ["name"] = "besar", ["data"] = new JsonObject { ["x"] = new string('y', 900_000) },
                ["submittedAt"] = "2026-12-01T09:00:00+07:00", ["choices"] = new JsonArray(), ["path"] = new JsonArray(),
                ["totalWorkingDays"] = 0, ["savedAt"] = "2026-12-01T09:00:00+07:00",
            }),
        };

        // Before the fix the privacy pattern backtracked over every position of the value: minutes, not milliseconds.
        using var response = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", document).WaitAsync(TimeSpan.FromSeconds(30));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("64 KB", (string)problem["title"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("besar", (await analyst.GetStringAsync($"/api/definitions/{id}")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59+00:00")]
    [InlineData("1999-12-31T09:00:00+07:00")]
    [InlineData("2101-01-01T09:00:00+07:00")]
    public async Task TestRun_FiledAtAnImpossibleDate_IsA400InIndonesian(string submittedAt)
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = await DraftAsync(analyst, "sip-serang-tanggal");

        using var response = await analyst.PostAsJsonAsync($"/api/definitions/{id}/draft/test-runs", new JsonObject { ["submittedAt"] = submittedAt });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["submittedAt"], Problems.ErrorKeys(problem));
        Assert.Contains("antara tahun 2000 dan 2100", (string)problem["errors"]!["submittedAt"]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HiddenCharacters_AreRefused_InEveryTextPeopleRead()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = await DraftAsync(analyst, "sip-serang-bidi");
        var document = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!;
        document["description"] = "desc \u202E evil";
        document["inputs"]![0]!["displayName"] = "Nama \u202E";
        document["options"]!["permit"] = new JsonObject { ["title"] = "IZIN \u202ELAKAT", ["grantStatement"] = "Diberikan\u2066 kepada" };
        var task = document["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == "check-completeness")!;
        task["outcomes"]!["expression"]!["value"] = new JsonArray("Lengkap\u202E", "TidakLengkap");
        var step = document["root"]!["activities"]!.AsArray().IndexOf(task);

        using var response = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", document);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            new[] { "$.description", "$.inputs[0].displayName", "$.options.permit.grantStatement", "$.options.permit.title", $"$.root.activities[{step}].outcomes" }.Order(StringComparer.Ordinal),
            Problems.ErrorKeys(problem).Order(StringComparer.Ordinal));
        Assert.Contains("'Deskripsi layanan' memuat karakter kendali", (string)problem["errors"]!["$.description"]![0]!, StringComparison.Ordinal);
        Assert.Contains("Judul izin", (string)problem["errors"]!["$.options.permit.title"]![0]!, StringComparison.Ordinal);
        Assert.Contains("Hasil langkah", (string)problem["errors"]![$"$.root.activities[{step}].outcomes"]![0]!, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", await analyst.GetStringAsync($"/api/definitions/{id}"), StringComparison.Ordinal);

        // Several lines stay allowed where a text may have them.
        var plain = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!;
        plain["description"] = "Baris satu.\nBaris dua.\tTab.";
        using var multiLine = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", plain);
        Assert.Equal(HttpStatusCode.OK, multiLine.StatusCode);
    }

    [Fact]
    public async Task TestRunName_WithABidiOverride_IsRefused()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = await DraftAsync(analyst, "sip-serang-nama");

        using var response = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft/test-runs/a%E2%80%AEb", new JsonObject());

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("'Nama uji coba' memuat karakter kendali", (string)problem["errors"]!["name"]![0]!, StringComparison.Ordinal);
        Assert.Empty((await analyst.GetFromJsonAsync<JsonArray>($"/api/definitions/{id}/draft/test-runs"))!);
    }

    [Fact]
    public async Task CopyFromApplication_IntoADraftThatDeclaresFreeTextAsChoices_CopiesNoneOfTheRealValues()
    {
        var filed = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var real = SampleData.Sip();
        using var analyst = await host.ClientAsync("analyst");
        using var admin = await host.ClientAsync("admin");
        var document = (await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/sip-dokter?version=published"))!;
        document.Remove("studio");
        document["definitionId"] = "sip-serang-salin";
        foreach (var input in document["inputs"]!.AsArray().Where(i => (string?)i!["name"] is "tempatPraktik" or "alamatPraktik" or "nomorStr"))
        {
            input!["options"] = new JsonArray("Lain", (string)real[(string)input["name"]!]!);
        }

        // Every word of the route outside its form counts as used by its logic: the copy would take the three fields if it
        // went by the draft's options.
        document["description"] = "Memeriksa tempatPraktik, alamatPraktik dan nomorStr.";
        using var created = await analyst.PutAsJsonAsync("/api/definitions/sip-serang-salin/draft", document);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);

        using var saved = await admin.PutAsJsonAsync("/api/definitions/sip-serang-salin/draft/test-runs/dari-berkas", new JsonObject { ["registrationNumber"] = filed.RegistrationNumber });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var runs = await analyst.GetStringAsync("/api/definitions/sip-serang-salin/draft/test-runs");
        var route = await analyst.GetStringAsync("/api/definitions/sip-serang-salin");
        foreach (var secret in new[] { (string)real["tempatPraktik"]!, (string)real["alamatPraktik"]!, (string)real["nomorStr"]!, "Sari Wulandari" })
        {
            Assert.DoesNotContain(secret, JsonNode.Parse(runs)![0]!["data"]!.ToJsonString(), StringComparison.Ordinal);
            Assert.Equal(secret.StartsWith("Sari", StringComparison.Ordinal) ? 0 : 1, route.Split(secret).Length - 1); // only the option the analyst wrote
        }

        Assert.Equal("Dokter", (string?)JsonNode.Parse(runs)![0]!["data"]!["profesi"]);
    }

    [Fact]
    public async Task DraftPut_FromAStaleCopy_KeepsTheRunsSavedMeanwhile_AndOnlyDeleteRemovesOne()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = await DraftAsync(analyst, "sip-serang-basi");
        var stale = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!;
        using var saved = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft/test-runs/disimpan", new JsonObject());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        stale["description"] = "Disunting dari salinan lama.";
        using var put = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", stale);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(["disimpan"], await RunNamesAsync(analyst, id));
        Assert.Equal("Disunting dari salinan lama.", (string?)(await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!["description"]);

        // A run only the client has is added; the stored run of the same name wins over the client's.
        var current = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!;
        var runs = current["studio"]!["testRuns"]!.AsArray();
        var copy = runs[0]!.DeepClone().AsObject();
        (copy["name"], runs[0]!["totalWorkingDays"]) = ("dari klien", 99);
        runs.Add(copy);
        using var merged = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", current);
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var list = (await analyst.GetFromJsonAsync<JsonArray>($"/api/definitions/{id}/draft/test-runs"))!;
        Assert.Equal(["disimpan", "dari klien"], list.Select(r => (string)r!["name"]!));
        Assert.NotEqual(99, (int)list[0]!["totalWorkingDays"]!);

        using var deleted = await analyst.DeleteAsync($"/api/definitions/{id}/draft/test-runs/disimpan");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(["dari klien"], await RunNamesAsync(analyst, id));
    }

    [Fact]
    public async Task ParallelDraftPuts_AndTestRunSaves_LoseNoRunAnswered200()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = await DraftAsync(analyst, "sip-serang-paralel");
        var document = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}"))!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
        {
            if (i % 4 == 0)
            {
                // The studio saving its copy, read before any of the runs was saved (an edited route would refuse the runs: 409).
                return (Run: (string?)null, Response: await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", document));
            }

            return (Run: $"uji-{i}", Response: await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft/test-runs/uji-{i}", new JsonObject()));
        }));

        Assert.All(responses, r => Assert.True(r.Response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{r.Response.StatusCode}"));
        Assert.All(responses.Where(r => r.Run is null), r => Assert.Equal(HttpStatusCode.OK, r.Response.StatusCode));
        var answered = responses.Where(r => r.Run is not null && r.Response.StatusCode == HttpStatusCode.OK).Select(r => r.Run!).ToList();
        Assert.NotEmpty(answered);
        Assert.Subset((await RunNamesAsync(analyst, id)).ToHashSet(StringComparer.Ordinal), answered.ToHashSet(StringComparer.Ordinal));
        foreach (var (_, response) in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Publish_DuringTestRunSaves_PublishesEveryRunAnswered200()
    {
        using var analyst = await host.ClientAsync("analyst");
        var reklame = (await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/reklame?version=published"))!;
        reklame.Remove("studio");
        using var draft = await analyst.PutAsJsonAsync("/api/definitions/reklame/draft", reklame);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        using var first = await analyst.PutAsJsonAsync("/api/definitions/reklame/draft/test-runs/awal", new JsonObject());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var saves = Enumerable.Range(0, 16).Select(i => analyst.PutAsJsonAsync($"/api/definitions/reklame/draft/test-runs/balapan-{i}", new JsonObject())).ToList();
        var publish = analyst.PostAsync("/api/definitions/reklame/publish", null);
        var responses = await Task.WhenAll(saves);
        using var published = await publish;

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var version = (int)(await Problems.ReadObjectAsync(published))["version"]!;
        var document = (await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/reklame?version={version}"))!;
        var kept = document["studio"]!["testRuns"]!.AsArray().Select(r => (string)r!["name"]!).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < responses.Length; i++)
        {
            // Saved before the publish: in the published version. After it, the route had no draft: 409, nothing saved.
            Assert.True(responses[i].StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{responses[i].StatusCode}");
            Assert.Equal(responses[i].StatusCode == HttpStatusCode.OK, kept.Contains($"balapan-{i}"));
            responses[i].Dispose();
        }

        Assert.Contains("awal", kept);
    }

    [Fact]
    public async Task Migration_ByIds_AnswersForARunningFileOfThisRouteTheCallerMayNotRead_AsForAnUnknownId()
    {
        var file = await host.SubmitAsync("pbg", SampleData.Pbg(120));
        using var analyst = await host.ClientAsync("analyst");
        var pbg = (await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/pbg?version=published"))!;
        using var draft = await analyst.PutAsJsonAsync("/api/definitions/pbg/draft", pbg);
        using var published = await analyst.PostAsync("/api/definitions/pbg/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var request = new JsonObject
        {
            ["fromVersion"] = file.DefinitionVersion,
            ["toVersion"] = (int)(await Problems.ReadObjectAsync(published))["version"]!,
            ["files"] = new JsonArray(
                new JsonObject { ["id"] = file.Id.ToString(), ["revision"] = 99 },
                new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["revision"] = 99 }),
        };

        using var response = await analyst.PostAsJsonAsync("/api/definitions/pbg/migrations", request);

        // Before the fix the running file answered "ChangedMeanwhile" and the random id "Unknown": an existence oracle.
        var result = await Problems.ReadObjectAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((0, 2, 2), ((int)result["moved"]!, (int)result["notMoved"]!, (int)result["hiddenFiles"]!));
        var reason = Assert.Single(result["notMovedBy"]!.AsArray())!.AsObject();
        Assert.Equal(("Unknown", 2), ((string?)reason["reason"], (int)reason["files"]!));
        using var admin = await host.ClientAsync("admin");
        var application = await admin.GetFromJsonAsync<JsonObject>($"/api/applications/{file.Id}");
        Assert.Equal(file.DefinitionVersion, (int)application!["definitionVersion"]!);
    }

    [Fact]
    public async Task ABurstOfSlowTestRuns_IsRefusedWith429BeyondTheQueue_WhileCitizensAreServed()
    {
        var filed = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        using var analyst = await host.ClientAsync("analyst");
        var document = (await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/sip-dokter?version=published"))!;
        document.Remove("studio");
        document["definitionId"] = "sip-serang-banjir";
        var activities = document["root"]!["activities"]!.AsArray();
        activities.Add(new JsonObject
        {
            ["id"] = "cek-lambat", ["type"] = "Elsa.FlowDecision", ["name"] = "Cek lambat",
            ["condition"] = new JsonObject
            {
                ["typeName"] = "Boolean",
                ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "new RegExp('(a'+'+)+$').test('a'.repeat(40)+'b')" },
            },
        });
        var connections = document["root"]!["connections"]!.AsArray();
        connections.Single(c => (string?)c!["source"]!["activity"] == "start")!["target"]!["activity"] = "cek-lambat";
        foreach (var port in new[] { "True", "False" })
        {
            connections.Add(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = "cek-lambat", ["port"] = port },
                ["target"] = new JsonObject { ["activity"] = "check-completeness", ["port"] = "In" },
            });
        }

        using var saved = await analyst.PutAsJsonAsync("/api/definitions/sip-serang-banjir/draft", document);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        using var citizen = host.CreateClient();

        var burst = Enumerable.Range(0, 120).Select(_ => analyst.PostAsJsonAsync("/api/definitions/sip-serang-banjir/draft/test-runs", new JsonObject())).ToList();
        using var track = await citizen.GetAsync($"/api/track/{filed.RegistrationNumber}?token={Uri.EscapeDataString(filed.TrackingToken)}");
        var responses = await Task.WhenAll(burst);

        Assert.Equal(HttpStatusCode.OK, track.StatusCode);
        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"{r.StatusCode}"));
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.Contains(responses, r => r.StatusCode != HttpStatusCode.TooManyRequests);
        var problem = await Problems.AssertProblemAsync(refused[0], HttpStatusCode.TooManyRequests);
        Assert.Equal("Terlalu banyak uji coba berjalan", (string?)problem["title"]);
        Assert.True(refused[0].Headers.RetryAfter?.Delta > TimeSpan.Zero);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private static async Task<List<string>> RunNamesAsync(HttpClient analyst, string id) =>
        [.. (await analyst.GetFromJsonAsync<JsonArray>($"/api/definitions/{id}/draft/test-runs"))!.Select(r => (string)r!["name"]!)];

    private static JsonObject Choice(string step, string outcome) => new() { ["step"] = step, ["outcome"] = outcome };

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

    public sealed class OnSqlite(SqliteHost host) : StudioAttackTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : StudioAttackTests(host), IClassFixture<PostgresHost>;
}
