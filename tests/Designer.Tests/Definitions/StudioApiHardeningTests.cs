using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>
/// What an attacker with an analyst's account found in the studio's API, closed on both stores: <c>PUT …/draft</c> creates
/// only routes whose id <c>POST /api/definitions</c> would accept, names hide no characters, saved test runs keep the draft
/// small and are never lost to a concurrent save, tracking takes the number in any case, and a migration answers for a file
/// of another route as for an unknown id.
/// </summary>
public abstract class StudioApiHardeningTests(DesignerHost host)
{
    [Theory]
    [InlineData("izin%20baru")]
    [InlineData("Izin-Baru")]
    [InlineData("..%5Cizin")]
    [InlineData("izin%E2%80%AEbaru")]
    public async Task PutDraft_OfANewRoute_KeepsTheIdRuleOfNewRoutes(string escapedId)
    {
        using var analyst = await host.ClientAsync("analyst");
        var document = await SipCopyAsync(analyst);
        document.Remove("definitionId");

        using var response = await analyst.PutAsJsonAsync($"/api/definitions/{escapedId}/draft", document);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Rute baru belum dapat dibuat", (string?)problem["title"]);
        Assert.Contains("huruf kecil dan angka", (string)problem["errors"]!["definitionId"]![0]!, StringComparison.Ordinal);
        var routes = await analyst.GetFromJsonAsync<JsonArray>("/api/definitions");
        Assert.All(routes!, r => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", (string)r!["definitionId"]!));
    }

    [Fact]
    public async Task Names_WithBidiOverrides_OrInvisibleCharacters_AreRefused()
    {
        using var analyst = await host.ClientAsync("analyst");
        var document = await SipCopyAsync(analyst);
        document["definitionId"] = "sip-nama-aneh";
        document["name"] = "Izin Praktik\u202Efdp.exe";
        document["root"]!["activities"]![1]!["name"] = "Periksa\u200Bberkas";

        using var response = await analyst.PutAsJsonAsync("/api/definitions/sip-nama-aneh/draft", document);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["$.name", "$.root.activities[1].name"], Problems.ErrorKeys(problem));
        Assert.Contains("'Nama layanan' memuat karakter kendali", (string)problem["errors"]!["$.name"]![0]!, StringComparison.Ordinal);
        Assert.Contains("Nama langkah ke-2", (string)problem["errors"]!["$.root.activities[1].name"]![0]!, StringComparison.Ordinal);
        using var missing = await analyst.GetAsync("/api/definitions/sip-nama-aneh");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task TestRuns_KeepTheDataAndTheDraftWithinTheirLimits()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = await DraftAsync(analyst, "sip-uji-besar");

        using var tooMuchData = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft/test-runs/besar", Run(new string('a', 70_000)));
        Assert.Contains("64 KB", (string)(await Problems.AssertProblemAsync(tooMuchData, HttpStatusCode.UnprocessableEntity))["title"]!, StringComparison.Ordinal);

        HttpStatusCode status;
        var saved = 0;
        JsonObject? refusal = null;
        do
        {
            using var response = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft/test-runs/uji-{saved}", Run(new string('a', 60_000)));
            status = response.StatusCode;
            if (status == HttpStatusCode.OK)
            {
                saved++;
            }
            else
            {
                refusal = await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
            }
        }
        while (status == HttpStatusCode.OK && saved < 40);

        Assert.InRange(saved, 10, 17);
        Assert.Contains("paling besar 1024 KB", (string)refusal!["title"]!, StringComparison.Ordinal);
        using var draft = await analyst.GetAsync($"/api/definitions/{id}");
        Assert.InRange((await draft.Content.ReadAsByteArrayAsync()).Length, 0, 1024 * 1024);
        Assert.Equal(saved, (await analyst.GetFromJsonAsync<JsonArray>($"/api/definitions/{id}/draft/test-runs"))!.Count);
    }

    [Fact]
    public async Task ParallelTestRunSaves_AllLand()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = await DraftAsync(analyst, "sip-uji-paralel");

        var responses = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => analyst.PutAsJsonAsync($"/api/definitions/{id}/draft/test-runs/paralel-{i}", Run("x"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var names = (await analyst.GetFromJsonAsync<JsonArray>($"/api/definitions/{id}/draft/test-runs"))!.Select(r => (string)r!["name"]!);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"paralel-{i}").Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task ParallelTestRunSaves_StopAtTheMostRunsARouteKeeps()
    {
        using var analyst = await host.ClientAsync("analyst");
        var id = await DraftAsync(analyst, "sip-uji-batas");

        var responses = await Task.WhenAll(Enumerable.Range(1, 53).Select(i => analyst.PutAsJsonAsync($"/api/definitions/{id}/draft/test-runs/batas-{i}", Run("x"))));

        Assert.Equal(50, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            Assert.Contains("paling banyak 50", (string)(await Problems.AssertProblemAsync(refused, HttpStatusCode.UnprocessableEntity))["title"]!, StringComparison.Ordinal);
        }

        Assert.Equal(50, (await analyst.GetFromJsonAsync<JsonArray>($"/api/definitions/{id}/draft/test-runs"))!.Count);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Tracking_TakesTheNumberInAnyCase()
    {
        var filed = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        using var client = host.CreateClient();

        using var response = await client.GetAsync($"/api/track/{filed.RegistrationNumber.ToLowerInvariant()}?token={Uri.EscapeDataString(filed.TrackingToken)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(filed.RegistrationNumber, (string?)(await Problems.ReadObjectAsync(response))["registrationNumber"]);
        using var wrongToken = await client.GetAsync($"/api/track/{filed.RegistrationNumber.ToLowerInvariant()}?token=tebak");
        Assert.Equal(HttpStatusCode.NotFound, wrongToken.StatusCode);
    }

    [Fact]
    public async Task Migration_AnswersForAFileOfAnotherRoute_AsForAnUnknownId()
    {
        var sipFile = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        using var analyst = await host.ClientAsync("analyst");
        var reklame = await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/reklame?version=published");
        using var draft = await analyst.PutAsJsonAsync("/api/definitions/reklame/draft", reklame);
        using var published = await analyst.PostAsync("/api/definitions/reklame/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var unknown = Guid.NewGuid();
        var request = new JsonObject
        {
            ["fromVersion"] = (int)reklame!["version"]!,
            ["toVersion"] = (int)(await Problems.ReadObjectAsync(published))["version"]!,
            ["files"] = new JsonArray(
                new JsonObject { ["id"] = sipFile.Id.ToString(), ["revision"] = 99 },
                new JsonObject { ["id"] = unknown.ToString(), ["revision"] = 99 }),
        };

        using var response = await analyst.PostAsJsonAsync("/api/definitions/reklame/migrations", request);

        // The analyst (of no office) reads no file: both are counted, under the same reason, and neither is listed.
        var result = await Problems.ReadObjectAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (int)result["notMoved"]!);
        Assert.Equal(2, (int)result["hiddenFiles"]!);
        Assert.Empty(result["files"]!.AsArray());
        var reason = Assert.Single(result["notMovedBy"]!.AsArray())!.AsObject();
        Assert.Equal("Unknown", (string?)reason["reason"]);
        Assert.Equal(2, (int)reason["files"]!);
        Assert.DoesNotContain(sipFile.RegistrationNumber, result.ToJsonString(), StringComparison.Ordinal);

        // An admin, who may read every file, gets both listed: the other route's file answered exactly as the unknown id.
        using var admin = await host.ClientAsync("admin");
        using var asAdmin = await admin.PostAsJsonAsync("/api/definitions/reklame/migrations", request);
        var adminResult = await Problems.ReadObjectAsync(asAdmin);
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        var files = adminResult["files"]!.AsArray().Select(f => f!.AsObject()).ToList();
        Assert.Equal(2, files.Count);
        static JsonObject WithoutId(JsonObject file)
        {
            var copy = file.DeepClone().AsObject();
            copy.Remove("id");
            return copy;
        }

        Assert.Equal(WithoutId(files[1]).ToJsonString(), WithoutId(files[0]).ToJsonString());
        Assert.Equal("Unknown", (string?)files[0]["reason"]);
        Assert.DoesNotContain(sipFile.RegistrationNumber, adminResult.ToJsonString(), StringComparison.Ordinal);
    }

    private static JsonObject Run(string note)
    {
        var data = SampleData.Sip();
        data["catatan"] = note;
        return new JsonObject
        {
            ["data"] = data,
            ["submittedAt"] = "2026-03-16T09:00:00+07:00",
            ["choices"] = new JsonArray(new JsonObject { ["step"] = "check-completeness", ["outcome"] = "Lengkap" }),
        };
    }

    private static async Task<JsonObject> SipCopyAsync(HttpClient analyst)
    {
        var document = await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/sip-dokter?version=published");
        document!.Remove("studio");
        return document;
    }

    /// <summary>A draft copy of the SIP route under a new id.</summary>
    private static async Task<string> DraftAsync(HttpClient analyst, string id)
    {
        var document = await SipCopyAsync(analyst);
        document["definitionId"] = id;
        using var saved = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", document);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        return id;
    }

    public sealed class OnSqlite(SqliteHost host) : StudioApiHardeningTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : StudioApiHardeningTests(host), IClassFixture<PostgresHost>;
}
