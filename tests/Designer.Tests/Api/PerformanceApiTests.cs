using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Api;

/// <summary>
/// <c>/api/performance</c> on the real host: the public board counts a file that went from submission to permit and names
/// no one, bad queries are 400 problem details, the CSV has a header and a total line, and the files behind a figure are for
/// heads of office (their office only) and admins.
/// </summary>
public abstract class PerformanceApiTests(DesignerHost host)
{
    // Around today on any clock: the host counts days in WIB, the test machine may not.
    private static readonly string Days = FormattableString.Invariant(
        $"from={DateTime.UtcNow.AddDays(-1):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(1):yyyy-MM-dd}");

    [Fact]
    public async Task PublicBoard_CountsAFileFromSubmissionToPermit_AndNamesNoOne()
    {
        using var client = host.CreateClient();
        var before = await SipRowAsync(client);

        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        await host.DecideAsync(app, "verify-file", "Terverifikasi");
        await host.DecideAsync(app, "health-recommendation", "Rekomendasi");
        await host.DecideAsync(app, "sign-permit", "Tandatangani");

        JsonObject? after = null;
        await Poll.UntilAsync(
            async () => (int)(after = await SipRowAsync(client))["completed"]! == (int)before["completed"]! + 1,
            TimeSpan.FromSeconds(30),
            () => Task.FromResult($"the board did not count the completed file: {after}"));
        Assert.Equal((int)before["received"]! + 1, (int)after!["received"]!);
        Assert.Equal("Surat Izin Praktik Tenaga Medis dan Tenaga Kesehatan (SIP)", (string?)after["name"]);
        Assert.NotNull(after["medianDays"]);
        using var response = await client.GetAsync($"/api/performance?{Days}&groupBy=office");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"DINKES\"", text, StringComparison.Ordinal);
        foreach (var personal in new[] { app.RegistrationNumber, app.Id.ToString(), "Sari", SampleData.Nik, "sari@example.org", "dpmptsp." })
        {
            Assert.DoesNotContain(personal, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-03-10&to=2026-03-09", "to")]
    [InlineData("from=2020-01-01&to=2025-01-01", "to")]
    [InlineData("from=1.3.2026", "from")]
    [InlineData("groupBy=region", "groupBy")]
    [InlineData("groupBy=1", "groupBy")]
    public async Task Board_RefusesABadQuery_WithProblemDetailsNamingTheParameter(string query, string parameter)
    {
        using var client = host.CreateClient();

        foreach (var path in new[] { "/api/performance", "/api/performance.csv" })
        {
            using var response = await client.GetAsync($"{path}?{query}");
            var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.Equal([parameter], Problems.ErrorKeys(problem));
        }
    }

    [Fact]
    public async Task Board_RefusesAnOverlongServiceName()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync($"/api/performance?service={new string('x', 101)}");

        Assert.Equal(["service"], Problems.ErrorKeys(await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task Csv_ByOffice_NamesItsColumnsAsSteps_NotFiles_AndTheTotalIsTheLastLine()
    {
        await host.SubmitAsync("sip-dokter", SampleData.Sip());
        using var client = host.CreateClient();
        var byService = await client.GetStringAsync($"/api/performance.csv?{Days}&groupBy=service");
        Assert.StartsWith(
            "key,name,received,completed,inProgress,onTime,measured,onTimePercent,medianDays,p90Days,returns,applicantDays,deemedApprovals,escalations,overdueNow\r\n",
            byService,
            StringComparison.Ordinal);

        using var response = await client.GetAsync($"/api/performance.csv?{Days}&groupBy=office");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("kinerja-office-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "key,name,stepsReceived,stepsCompleted,stepsInProgress,stepsOnTime,stepsMeasured,onTimePercent,medianDaysPerStep,p90DaysPerStep,"
            + "stepsReturning,applicantDays,stepsDeemedApproved,stepEscalations,stepsOverdueNow",
            lines[0]);
        Assert.Contains(lines, l => l.StartsWith("DPMPTSP,", StringComparison.Ordinal));
        Assert.StartsWith("*,*,", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_AreForHeadsAndAdmins_AndAHeadSeesOnlyTheStepsOfTheirOffice()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        await host.DecideAsync(app, "verify-file", "Terverifikasi");
        var files = $"/api/performance/files?{Days}&groupBy=office&figure=received";

        using (var anonymous = host.CreateClient())
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(files)).StatusCode);
        }

        using (var reviewer = await host.ClientAsync("dinkes.reviewer"))
        {
            await Problems.AssertProblemAsync(await reviewer.GetAsync(files), HttpStatusCode.Forbidden);
        }

        using var head = await host.ClientAsync("dinkes.head");
        var own = await head.GetFromJsonAsync<JsonArray>(files);
        var entry = Assert.Single(own!, e => (Guid)e!["applicationId"]! == app.Id)!;
        Assert.Equal("DINKES", (string?)entry["office"]);
        Assert.All(own!, e => Assert.Equal("DINKES", (string?)e!["office"]));
        Assert.Empty((await head.GetFromJsonAsync<JsonArray>($"{files}&key=DPMPTSP"))!);

        using var admin = await host.ClientAsync("admin");
        var front = await admin.GetFromJsonAsync<JsonArray>($"{files}&key=DPMPTSP");
        Assert.Equal(2, front!.Count(e => (Guid)e!["applicationId"]! == app.Id)); // completeness check and verification
        // Steps are named as the file page names them (the route's step name), not by the task's title.
        Assert.Equal(
            ["Pemeriksaan kelengkapan berkas", "Verifikasi berkas oleh petugas"],
            front!.Where(e => (Guid)e!["applicationId"]! == app.Id).Select(e => (string?)e!["step"]).Order(StringComparer.Ordinal));
        var bad = await Problems.AssertProblemAsync(await admin.GetAsync($"/api/performance/files?{Days}&figure=everything"), HttpStatusCode.BadRequest);
        Assert.Equal(["figure"], Problems.ErrorKeys(bad));
    }

    [Fact]
    public async Task Board_NamesTheVersionInForce_AndRefusesARouteNeverPublished()
    {
        await UnpublishedDrafts.AddAsync(host);
        await host.SubmitAsync("sip-dokter", SampleData.Sip());
        using var client = host.CreateClient();

        foreach (var path in new[] { $"/api/performance?{Days}", $"/api/performance.csv?{Days}", $"/api/performance?{Days}&service=sip-dokter", "/kinerja" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Contains("Surat Izin Praktik", text, StringComparison.Ordinal);
            UnpublishedDrafts.AssertNotIn(text);
        }

        foreach (var path in new[] { "/api/performance", "/api/performance.csv" })
        {
            using var response = await client.GetAsync($"{path}?service={UnpublishedDrafts.NeverPublished}");
            Assert.Equal(["service"], Problems.ErrorKeys(await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest)));
        }
    }

    [Fact]
    public async Task Files_FindAnOfficeKeyTypedInLowerCase()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        using var admin = await host.ClientAsync("admin");
        var files = $"/api/performance/files?{Days}&groupBy=office&figure=received";

        var upper = await admin.GetFromJsonAsync<JsonArray>($"{files}&key=DPMPTSP");
        var lower = await admin.GetFromJsonAsync<JsonArray>($"{files}&key=dpmptsp");

        Assert.Contains(lower!, e => (Guid)e!["applicationId"]! == app.Id);
        Assert.Equal(upper!.ToJsonString(), lower!.ToJsonString());
    }

    private async Task<JsonObject> SipRowAsync(HttpClient client)
    {
        var board = await client.GetFromJsonAsync<JsonObject>($"/api/performance?{Days}&groupBy=service");
        return board!["rows"]!.AsArray().Select(r => r!.AsObject()).FirstOrDefault(r => (string?)r["key"] == "sip-dokter")
            ?? new JsonObject { ["received"] = 0, ["completed"] = 0 };
    }

    public sealed class OnSqlite(SqliteHost host) : PerformanceApiTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : PerformanceApiTests(host), IClassFixture<PostgresHost>;
}
