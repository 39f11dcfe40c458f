using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Api;

/// <summary>
/// <c>/api/survey</c> on both stores: open only to the applicant's token after a permit or refusal letter, once per
/// application, every input checked (400 with the field named), results and CSV by month and service.
/// </summary>
public abstract class SurveyApiTests(DesignerHost host)
{
    private static readonly string[] Elements =
        ["requirements", "procedure", "time", "cost", "product", "competence", "behaviour", "complaints", "facilities"];

    [Fact]
    public async Task Survey_BeforeTheDecision_Is409_AndAWrongToken404()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        using var client = host.CreateClient();

        using var early = await client.PostAsJsonAsync(SurveyUrl(app), Answer(4));
        using var wrong = await client.PostAsJsonAsync($"/api/survey/{app.RegistrationNumber}?token=guess", Answer(4));
        using var unknown = await client.GetAsync($"/api/survey/503-SIP-1999-000001?token={Uri.EscapeDataString(app.TrackingToken)}");

        var notYet = await Problems.AssertProblemAsync(early, HttpStatusCode.Conflict);
        Assert.Contains("opens once the application is complete", (string?)notYet["detail"], StringComparison.Ordinal);
        var problems = new[]
        {
            await Problems.AssertProblemAsync(wrong, HttpStatusCode.NotFound),
            await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound),
        };
        Assert.Single(problems.Select(p => $"{p["title"]}|{p["detail"]}").Distinct());
    }

    [Fact]
    public async Task Survey_AfterARefusal_IsSavedOnce_ThenRefusedWith409()
    {
        var app = await RefusedAsync();
        using var client = host.CreateClient();
        var before = await RespondentsAsync(client);

        using var first = await client.PostAsJsonAsync(SurveyUrl(app), Answer(2) with { Comment = "Alasan penolakan jelas" });
        using var second = await client.PostAsJsonAsync(SurveyUrl(app), Answer(4));

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        var conflict = await Problems.AssertProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Contains("already been answered", (string?)conflict["detail"], StringComparison.Ordinal);
        var state = await client.GetFromJsonAsync<JsonObject>(SurveyUrl(app));
        Assert.Equal("Answered", (string?)state!["status"]);
        Assert.Equal(before + 1, await RespondentsAsync(client));
    }

    [Theory]
    [InlineData("""{"scores":{"requirements":4}}""", "scores.time")]
    [InlineData("""{"scores":{"requirements":5,"procedure":4,"time":4,"cost":4,"product":4,"competence":4,"behaviour":4,"complaints":4,"facilities":4}}""", "scores.requirements")]
    [InlineData("""{"scores":{"requirements":0,"procedure":4,"time":4,"cost":4,"product":4,"competence":4,"behaviour":4,"complaints":4,"facilities":4}}""", "scores.requirements")]
    [InlineData("""{"scores":{"parking":4,"requirements":4,"procedure":4,"time":4,"cost":4,"product":4,"competence":4,"behaviour":4,"complaints":4,"facilities":4}}""", "scores.parking")]
    [InlineData("""{"scores":{"requirements":4,"procedure":4,"time":4,"cost":4,"product":4,"competence":4,"behaviour":4,"complaints":4,"facilities":4},"sex":"other"}""", "sex")]
    [InlineData("""{"scores":{"requirements":4,"procedure":4,"time":4,"cost":4,"product":4,"competence":4,"behaviour":4,"complaints":4,"facilities":4},"education":"S1"}""", "education")]
    public async Task Survey_WithABadAnswer_Is400NamingTheField_AndStaysOpen(string body, string field)
    {
        var app = await RefusedAsync();
        using var client = host.CreateClient();

        using var response = await client.PostAsync(SurveyUrl(app), new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        Assert.Equal("Open", (string?)(await client.GetFromJsonAsync<JsonObject>(SurveyUrl(app)))!["status"]);
    }

    [Fact]
    public async Task Survey_WithACommentOver2000Characters_Is400()
    {
        var app = await RefusedAsync();
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync(SurveyUrl(app), Answer(3) with { Comment = new string('a', 2001) });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("comment"));
    }

    [Theory]
    [InlineData("\u0007")]
    [InlineData("\u001b[31m")]
    [InlineData("\u202e")]
    public async Task Survey_CommentWithAControlOrBidiCharacter_Is400_LikeEveryOtherFreeText(string character)
    {
        var app = await RefusedAsync();
        using var client = host.CreateClient();
        var comment = $"Pelayanan baik {character}terima kasih";

        using var response = await client.PostAsJsonAsync(SurveyUrl(app), Answer(3) with { Comment = comment });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        // The API answers in English; the same rule in English is the message expected.
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        var expected = ApplicationDataValidator.CheckMultiLine(comment, "Comment", 2000);
        CultureInfo.CurrentUICulture = culture;
        Assert.NotNull(expected);
        Assert.Equal(expected, (string?)problem["errors"]!["comment"]![0]);
        Assert.Equal("Open", (string?)(await client.GetFromJsonAsync<JsonObject>(SurveyUrl(app)))!["status"]);
    }

    [Theory]
    [InlineData("\"4\"")]
    [InlineData("4.0")]
    [InlineData("true")]
    public async Task Survey_ScoreThatIsNotAJsonInteger_Is400(string score)
    {
        var app = await RefusedAsync();
        using var client = host.CreateClient();
        var body = "{\"scores\":{" + string.Join(',', Elements.Select(e => $"\"{e}\":{(e == "time" ? score : "4")}")) + "}}";

        using var response = await client.PostAsync(SurveyUrl(app), new StringContent(body, Encoding.UTF8, "application/json"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Open", (string?)(await client.GetFromJsonAsync<JsonObject>(SurveyUrl(app)))!["status"]);
    }

    [Fact]
    public async Task Results_NameTheVersionInForce_AndRefuseARouteNeverPublished()
    {
        await UnpublishedDrafts.AddAsync(host);
        var app = await RefusedAsync();
        using var client = host.CreateClient();
        using (var answer = await client.PostAsJsonAsync(SurveyUrl(app), Answer(4)))
        {
            Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        }

        foreach (var path in new[] { "/api/survey/results", "/api/survey/results?service=sip-dokter", "/api/survey/results.csv", "/kinerja/survei" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Contains("Surat Izin Praktik", text, StringComparison.Ordinal);
            UnpublishedDrafts.AssertNotIn(text);
        }

        using var json = await client.GetAsync($"/api/survey/results?service={UnpublishedDrafts.NeverPublished}");
        using var csv = await client.GetAsync($"/api/survey/results.csv?service={UnpublishedDrafts.NeverPublished}");
        using var page = await client.GetAsync($"/kinerja/survei?service={UnpublishedDrafts.NeverPublished}");
        Assert.Equal(["service"], Problems.ErrorKeys(await Problems.AssertProblemAsync(json, HttpStatusCode.BadRequest)));
        Assert.Equal(["service"], Problems.ErrorKeys(await Problems.AssertProblemAsync(csv, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    [Fact]
    public async Task ResultsPage_WithTheMonthsReversed_SaysSoInWords_WithoutAFormatCode()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/kinerja/survei?from=2026-12&to=2026-01");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("bulan awal tidak boleh setelah bulan akhir", html, StringComparison.Ordinal);
        Assert.DoesNotContain("yyyy", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("from=2026-13")]
    [InlineData("from=2026-06&to=2026-01")]
    [InlineData("to=juni")]
    [InlineData("service=tidak-ada")]
    public async Task Results_WithABadPeriodOrUnknownService_Are400(string query)
    {
        using var client = host.CreateClient();

        using var json = await client.GetAsync($"/api/survey/results?{query}");
        using var csv = await client.GetAsync($"/api/survey/results.csv?{query}");

        await Problems.AssertProblemAsync(json, HttpStatusCode.BadRequest);
        await Problems.AssertProblemAsync(csv, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ResultsCsv_HasTheOverallRowThenOneRowPerService_WithoutAnyApplication()
    {
        var app = await RefusedAsync();
        using var client = host.CreateClient();
        using (var answer = await client.PostAsJsonAsync(SurveyUrl(app), Answer(4)))
        {
            Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        }

        using var response = await client.GetAsync("/api/survey/results.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "periode_dari,periode_sampai,layanan,kode_layanan,responden,u1_requirements,u2_procedure,u3_time,u4_cost,u5_product,"
            + "u6_competence,u7_behaviour,u8_complaints,u9_facilities,ikm,mutu",
            lines[0]);
        Assert.Contains(",All services,,", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines.Skip(2), l => l.Contains(",sip-dokter,", StringComparison.Ordinal));
        Assert.DoesNotContain(app.RegistrationNumber, string.Join('\n', lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comments_AreForAdminsOnly()
    {
        using var anonymous = host.CreateClient();
        using var reviewer = await host.ClientAsync("dpmptsp.reviewer");
        using var admin = await host.ClientAsync("admin");

        using var none = await anonymous.GetAsync("/api/survey/comments");
        using var staff = await reviewer.GetAsync("/api/survey/comments");
        using var allowed = await admin.GetAsync("/api/survey/comments");

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    /// <summary>A SIP application refused by the health office; returns once its refusal letter is issued and the survey open.</summary>
    private async Task<SubmittedApplication> RefusedAsync()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        await host.DecideAsync(app, "verify-file", "Terverifikasi");
        await host.DecideAsync(app, "health-recommendation", "Tolak", comment: "Tempat praktik belum memenuhi syarat");
        using var client = host.CreateClient();
        await Poll.UntilAsync(
            async () => (string?)(await client.GetFromJsonAsync<JsonObject>(SurveyUrl(app)))!["status"] == "Open",
            TimeSpan.FromSeconds(30),
            () => Task.FromResult($"The survey of {app.RegistrationNumber} did not open."));
        return app;
    }

    private static async Task<int> RespondentsAsync(HttpClient client) =>
        (int)(await client.GetFromJsonAsync<JsonObject>("/api/survey/results?service=sip-dokter"))!["overall"]!["respondents"]!;

    private static string SurveyUrl(SubmittedApplication app) =>
        $"/api/survey/{app.RegistrationNumber}?token={Uri.EscapeDataString(app.TrackingToken)}";

    private static SurveyBody Answer(int score) => new(Elements.ToDictionary(e => e, _ => score));

    private sealed record SurveyBody(Dictionary<string, int> Scores, string? Comment = null);

    public sealed class OnSqlite(SqliteHost host) : SurveyApiTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : SurveyApiTests(host), IClassFixture<PostgresHost>;
}
