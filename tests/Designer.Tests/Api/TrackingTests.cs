using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Api;

/// <summary>The applicant's public view: registration number plus token, offices instead of staff names.</summary>
public abstract class TrackingTests(DesignerHost host)
{
    [Fact]
    public async Task Track_HidesStaffNames_AndShowsWhereTheFileIs()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "Lengkap", comment: "Berkas lengkap, diperiksa oleh Bu Ani");
        await host.DecideAsync(app, "verify-file", "Terverifikasi");
        using var client = host.CreateClient();

        using var response = await client.GetAsync($"/api/track/{app.RegistrationNumber}?token={Uri.EscapeDataString(app.TrackingToken)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var view = JsonNode.Parse(text)!.AsObject();
        Assert.Equal("InProgress", (string?)view["status"]);
        var step = Assert.Single(view["currentSteps"]!.AsArray())!;
        Assert.Equal("DINKES", (string?)step["office"]);
        Assert.DoesNotContain("dpmptsp.", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Bu Ani", text, StringComparison.Ordinal);
        var actors = view["history"]!.AsArray().Select(e => (string)e!["actor"]!).Distinct().ToList();
        Assert.Contains("DPMPTSP", actors);
        Assert.All(actors, actor => Assert.DoesNotContain(".", actor, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Track_WhileReturned_ShowsTheReasons()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "TidakLengkap", comment: "Scan STR tidak terbaca");
        using var client = host.CreateClient();

        var view = await client.GetFromJsonAsync<JsonObject>($"/api/track/{app.RegistrationNumber}?token={Uri.EscapeDataString(app.TrackingToken)}");

        Assert.Equal("AwaitingApplicant", (string?)view!["status"]);
        Assert.Equal("Scan STR tidak terbaca", (string?)view["revisionReasons"]);
    }

    [Fact]
    public async Task Track_WithWrongTokenOrUnknownNumber_Returns404AlikeForBoth()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        using var client = host.CreateClient();

        using var wrongToken = await client.GetAsync($"/api/track/{app.RegistrationNumber}?token=guess");
        using var noToken = await client.GetAsync($"/api/track/{app.RegistrationNumber}");
        using var unknown = await client.GetAsync($"/api/track/503-SIP-1999-000001?token={Uri.EscapeDataString(app.TrackingToken)}");

        var problems = new[]
        {
            await Problems.AssertProblemAsync(wrongToken, HttpStatusCode.NotFound),
            await Problems.AssertProblemAsync(noToken, HttpStatusCode.NotFound),
            await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound),
        };
        Assert.Single(problems.Select(p => $"{p["title"]}|{p["detail"]}").Distinct());
    }

    public sealed class OnSqlite(SqliteHost host) : TrackingTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : TrackingTests(host), IClassFixture<PostgresHost>;
}
