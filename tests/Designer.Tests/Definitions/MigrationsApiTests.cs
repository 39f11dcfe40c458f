using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Localization;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>
/// Running SIP files moved from version 1 to a version 2 in which the signature step was renamed and the health
/// recommendation removed, through <c>POST /api/definitions/{id}/migrations[/preview]</c>, on both stores.
/// </summary>
public abstract class MigrationsApiTests(DesignerHost host)
{
    private static readonly TimeSpan IssueTimeout = TimeSpan.FromSeconds(120);

    //  v1: check-completeness ─► verify-file ─► health-recommendation ─► sign-permit ─► permit
    //  v2: check-completeness ─► verify-file ─────────────────────────► tandatangan-izin ─► permit
    [Fact]
    public async Task Migrate_RenamedStepMovesByHandAndCompletes_RemovedStepStays_UnchangedStepMovesById_ClocksKept()
    {
        var atSignature = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var atHealth = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var atCompleteness = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        Assert.Equal(1, atSignature.DefinitionVersion);
        foreach (var app in new[] { atSignature, atHealth })
        {
            await host.DecideAsync(app, "check-completeness", "Lengkap");
            await host.DecideAsync(app, "verify-file", "Terverifikasi");
        }

        await host.DecideAsync(atSignature, "health-recommendation", "Rekomendasi");
        var signature = await host.OpenTaskAsync(atSignature, "sign-permit");
        using var signer = await host.ClientAsync("dpmptsp.signer");
        (await signer.PostAsync($"/api/tasks/{(string)signature["id"]!}/claim", null)).EnsureSuccessStatusCode();
        var before = await host.GetApplicationAsync(atSignature.Id);
        var version = await PublishVersionTwoAsync();
        using var analyst = await host.ClientAsync("analyst");
        var request = new JsonObject
        {
            ["fromVersion"] = 1, ["toVersion"] = version, ["mapping"] = new JsonObject { ["sign-permit"] = "tandatangan-izin" },
        };

        using var admin = await host.ClientAsync("admin");
        var preview = await PostAsync(admin, "preview", request);
        var files = preview["files"]!.AsArray().Select(f => f!.AsObject()).ToList();
        JsonObject File(SubmittedApplication app) => files.Single(f => (string?)f["id"] == app.Id.ToString());
        var moveOfSignature = File(atSignature)["moves"]!.AsArray().Single()!;
        Assert.Equal(("sign-permit", "tandatangan-izin", true), ((string?)moveOfSignature["from"]!["id"], (string?)moveOfSignature["to"]!["id"], (bool)moveOfSignature["assigneeKept"]!));
        Assert.Equal(("NoCounterpart", "health-recommendation"), ((string?)File(atHealth)["reason"], (string?)File(atHealth)["reasonStep"]!["id"]));
        Assert.Equal("check-completeness", (string?)File(atCompleteness)["moves"]![0]!["to"]!["id"]);
        var steps = preview["steps"]!.AsArray();
        Assert.Contains(steps, s => (string?)s!["step"]!["id"] == "check-completeness" && (string?)s["target"]!["id"] == "check-completeness" && !(bool)s["chosen"]!);

        // The analyst (of no office) sees the same plan as counts, without which files they are, and migrates by the plan.
        var counted = await PostAsync(analyst, "preview", request);
        var raw = counted.ToJsonString();
        Assert.Empty(counted["files"]!.AsArray());
        Assert.Equal((files.Count, (string?)preview["plan"]), ((int)counted["hiddenFiles"]!, (string?)counted["plan"]));
        Assert.Equal((2, 1), ((int)counted["movable"]!, (int)counted["blocked"]!));
        Assert.Contains(counted["moves"]!.AsArray(), m => (string?)m!["from"]!["id"] == "sign-permit" && (string?)m["to"]!["id"] == "tandatangan-izin" && (int)m["files"]! == 1);
        var blockedBy = counted["blockedBy"]!.AsArray().Single()!;
        Assert.Equal(("NoCounterpart", "health-recommendation", 1), ((string?)blockedBy["reason"], (string?)blockedBy["step"]!["id"], (int)blockedBy["files"]!));
        foreach (var app in new[] { atSignature, atHealth, atCompleteness })
        {
            Assert.DoesNotContain(app.RegistrationNumber, raw, StringComparison.Ordinal);
            Assert.DoesNotContain(app.Id.ToString(), raw, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain((string)SampleData.Sip()["namaLengkap"]!, raw, StringComparison.Ordinal);
        request["plan"] = (string?)counted["plan"];
        var result = await PostAsync(analyst, "", request);

        Assert.Equal((2, 1), ((int)result["moved"]!, (int)result["notMoved"]!));
        Assert.Empty(result["files"]!.AsArray());
        Assert.Equal("NoCounterpart", (string?)result["notMovedBy"]![0]!["reason"]);
        Assert.DoesNotContain(atHealth.RegistrationNumber, result.ToJsonString(), StringComparison.Ordinal);
        using var stale = await analyst.PostAsJsonAsync("/api/definitions/sip-dokter/migrations", request);
        await Problems.AssertProblemAsync(stale, HttpStatusCode.Conflict);
        request.Remove("plan");
        var after = await host.GetApplicationAsync(atSignature.Id);
        var moved = after["openTasks"]!.AsArray().Single()!;
        Assert.Equal((version, "tandatangan-izin", "dpmptsp.signer"), ((int)after["definitionVersion"]!, (string?)moved["activityId"], (string?)moved["assignee"]));
        Assert.Equal((string?)before["openTasks"]![0]!["dueAt"], (string?)moved["dueAt"]);
        Assert.Equal((string?)before["clocks"]!["statutory"]!["dueAt"], (string?)after["clocks"]!["statutory"]!["dueAt"]);
        Assert.False(string.IsNullOrEmpty((string?)after["clocks"]!["statutory"]!["dueAt"]));
        var migrated = after["history"]!.AsArray().Single(e => (string?)e!["event"] == "Migrated")!;
        Assert.Equal(("analyst", "tandatangan-izin", $"1 → {version}"), ((string?)migrated["actor"], (string?)migrated["activityId"], (string?)migrated["comment"]));
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
        Assert.Equal("Dipindahkan ke versi alur yang lebih baru", Glossary.Event((string)migrated["event"]!));
        var stayed = await host.GetApplicationAsync(atHealth.Id);
        Assert.Equal(1, (int)stayed["definitionVersion"]!);
        Assert.DoesNotContain(stayed["history"]!.AsArray(), e => (string?)e!["event"] == "Migrated");
        await host.OpenTaskAsync(atHealth, "health-recommendation");
        Assert.Equal(version, (int)(await host.GetApplicationAsync(atCompleteness.Id))["definitionVersion"]!);
        await host.OpenTaskAsync(atCompleteness, "check-completeness");

        // The moved file completes on version 2 with a permit.
        await host.DecideAsync(atSignature, "tandatangan-izin", "Tandatangani");
        await Poll.UntilAsync(
            async () => (await admin.GetFromJsonAsync<JsonArray>($"/api/applications/{atSignature.Id}/documents"))!.Any(d => (string?)d!["kind"] == "Permit"),
            IssueTimeout,
            () => Task.FromResult($"No permit for {atSignature.RegistrationNumber}."));
        var done = await host.GetApplicationAsync(atSignature.Id);
        Assert.Equal(("Completed", "Approved"), ((string?)done["status"], (string?)done["result"]));

        // A file that changed after its preview is refused, not moved on the old plan.
        await host.DecideAsync(atHealth, "health-recommendation", "Rekomendasi");
        var fresh = (await PostAsync(admin, "preview", request))["files"]!.AsArray().Single(f => (string?)f!["id"] == atHealth.Id.ToString())!;
        Assert.True((bool)fresh["canMove"]!);
        await host.DecideAsync(atHealth, "sign-permit", "Tolak", comment: "Tempat praktik tidak sesuai");
        request["files"] = new JsonArray(new JsonObject { ["id"] = atHealth.Id.ToString(), ["revision"] = (int)fresh["revision"]! });
        var refused = await PostAsync(admin, "", request);
        Assert.Equal("ChangedMeanwhile", (string?)refused["files"]![0]!["reason"]);
        Assert.Equal(1, (int)(await host.GetApplicationAsync(atHealth.Id))["definitionVersion"]!);

        using var badMapping = await analyst.PostAsJsonAsync("/api/definitions/sip-dokter/migrations/preview",
            new { fromVersion = 1, toVersion = version, mapping = new Dictionary<string, string> { ["nope"] = "tandatangan-izin", ["sign-permit"] = "verify-file-x" } });
        var problem = await Problems.AssertProblemAsync(badMapping, HttpStatusCode.BadRequest);
        Assert.Equal(["mapping.nope", "mapping.sign-permit"], Problems.ErrorKeys(problem).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Migrations_BadRequests_AreProblemDetails_AndStaffAreForbidden()
    {
        using var analyst = await host.ClientAsync("analyst");
        using var reviewer = await host.ClientAsync("dpmptsp.reviewer");

        using var sameVersion = await analyst.PostAsJsonAsync("/api/definitions/sip-dokter/migrations", new { fromVersion = 1, toVersion = 1 });
        using var missing = await analyst.PostAsJsonAsync("/api/definitions/sip-dokter/migrations/preview", new { });
        using var unknown = await analyst.PostAsJsonAsync("/api/definitions/izin-tidak-ada/migrations/preview", new { fromVersion = 1, toVersion = 2 });
        using var nullFile = await analyst.PostAsync("/api/definitions/sip-dokter/migrations",
            new StringContent("""{"fromVersion": 1, "toVersion": 2, "files": [null]}""", Encoding.UTF8, "application/json"));
        using var malformed = await analyst.PostAsync("/api/definitions/sip-dokter/migrations",
            new StringContent("""{"fromVersion": 1, """, Encoding.UTF8, "application/json"));
        using var staff = await reviewer.PostAsJsonAsync("/api/definitions/sip-dokter/migrations/preview", new { fromVersion = 1, toVersion = 2 });

        Assert.Contains("toVersion", Problems.ErrorKeys(await Problems.AssertProblemAsync(sameVersion, HttpStatusCode.BadRequest)));
        Assert.Equal(["fromVersion", "toVersion"], Problems.ErrorKeys(await Problems.AssertProblemAsync(missing, HttpStatusCode.BadRequest)).Order(StringComparer.Ordinal));
        await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Contains("files", Problems.ErrorKeys(await Problems.AssertProblemAsync(nullFile, HttpStatusCode.BadRequest)));
        await Problems.AssertProblemAsync(malformed, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
    }

    /// <summary>Renames <c>sign-permit</c> to <c>tandatangan-izin</c> and removes <c>health-recommendation</c>; returns the version published.</summary>
    private async Task<int> PublishVersionTwoAsync()
    {
        using var analyst = await host.ClientAsync("analyst");
        var route = (await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/sip-dokter?version=1"))!;
        MigrationRoutes.RenameAndRemove(route);
        using var draft = await analyst.PutAsJsonAsync("/api/definitions/sip-dokter/draft", route);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        using var published = await analyst.PostAsync("/api/definitions/sip-dokter/publish", null);
        var body = await published.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(published.StatusCode == HttpStatusCode.OK, body?.ToJsonString());
        return (int)body!["version"]!;
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, string path, JsonObject request)
    {
        using var response = await client.PostAsJsonAsync($"/api/definitions/sip-dokter/migrations{(path.Length > 0 ? "/" + path : "")}", request);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {body}");
        return body!;
    }

    public sealed class OnSqlite(SqliteHost host) : MigrationsApiTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : MigrationsApiTests(host), IClassFixture<PostgresHost>;
}

/// <summary>The SIP route's version 2 of the migration tests (API and browser).</summary>
internal static class MigrationRoutes
{
    /// <summary>Renames <c>sign-permit</c> to <c>tandatangan-izin</c> and removes <c>health-recommendation</c> (verification leads to the signature).</summary>
    public static void RenameAndRemove(JsonObject route)
    {
        var activities = route["root"]!["activities"]!.AsArray();
        var connections = route["root"]!["connections"]!.AsArray();
        activities.Remove(activities.Single(a => (string?)a!["id"] == "health-recommendation"));
        foreach (var connection in connections.Where(c => (string?)c!["source"]!["activity"] == "health-recommendation").ToList())
        {
            connections.Remove(connection);
        }

        var sign = activities.Single(a => (string?)a!["id"] == "sign-permit")!;
        sign["id"] = "tandatangan-izin";
        sign["name"] = "Penandatanganan izin";
        foreach (var end in connections.SelectMany(c => new[] { c!["source"]!, c["target"]! }))
        {
            end["activity"] = (string?)end["activity"] switch
            {
                "sign-permit" => "tandatangan-izin",
                "health-recommendation" => "tandatangan-izin",
                var other => other,
            };
        }
    }
}
