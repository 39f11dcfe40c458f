using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using static Mpp.Workflows.Designer.Tests.Clocks.ClockAssertions;

namespace Mpp.Workflows.Designer.Tests.Clocks;

/// <summary><c>GET/PUT /api/calendars/{year}</c>: admins only, bodies validated, and a change moves open tasks' due dates.</summary>
public abstract class CalendarsApiTests(ClockedHost host)
{
    [Fact]
    public async Task Put_NewCutiBersamaDay_MovesOpenTaskDueDate_AndAuditsIt()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        Assert.Equal(EndOfDay(8, 4), Instant((await host.OpenTaskAsync(app, "check-completeness"))["dueAt"]));
        using var admin = await host.ClientAsync("admin");
        var calendar = (await admin.GetFromJsonAsync<JsonObject>("/api/calendars/2026"))!;
        var original = calendar.DeepClone().AsObject();
        calendar["holidays"]!.AsArray().Add(new JsonObject { ["date"] = "2026-08-04", ["name"] = "Cuti bersama (uji)", ["kind"] = "CutiBersama" });

        using var put = await admin.PutAsJsonAsync("/api/calendars/2026", calendar);
        var body = await Problems.ReadObjectAsync(put);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.True((int)body["recomputed"]!["dueDatesRecomputed"]! >= 1);
        Assert.Equal(EndOfDay(8, 5), Instant((await host.OpenTaskAsync(app, "check-completeness"))["dueAt"]));
        var audit = Events(await host.GetApplicationAsync(app.Id), "DueRecomputed").Single();
        Assert.Equal(("admin", "check-completeness"), ((string?)audit["actor"], (string?)audit["activityId"]));

        original.Remove("updatedAt");
        original.Remove("updatedBy");
        using var restore = await admin.PutAsJsonAsync("/api/calendars/2026", original);
        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        Assert.Equal(EndOfDay(8, 4), Instant((await host.OpenTaskAsync(app, "check-completeness"))["dueAt"]));
    }

    [Theory]
    [InlineData("""{"holidays":[{"date":"2026-02-30","name":"Tidak ada","kind":"National"}]}""")]
    [InlineData("""{"year":2025,"holidays":[]}""")]
    [InlineData("""{"holidays":[{"date":"2026-08-17","name":"HUT RI","kind":"Festival"}]}""")]
    [InlineData("""{"holidays": [""")]
    [InlineData("""[]""")]
    public async Task Put_InvalidCalendar_Returns400ProblemNamingTheFault(string body)
    {
        using var admin = await host.ClientAsync("admin");
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await admin.PutAsync("/api/calendars/2026", content);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["holidays"], Problems.ErrorKeys(problem));
    }

    [Fact]
    public async Task Calendars_AreForAdminsOnly_AndAnUnknownYearIs404()
    {
        using var reviewer = await host.ClientAsync("dpmptsp.reviewer");
        using var admin = await host.ClientAsync("admin");

        using var forbidden = await reviewer.GetAsync("/api/calendars/2026");
        using var missing = await admin.GetAsync("/api/calendars/2031");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var problem = await Problems.AssertProblemAsync(missing, HttpStatusCode.NotFound);
        Assert.Contains("computed provisionally", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.DoesNotContain("cannot be computed", (string?)problem["detail"], StringComparison.Ordinal);
    }

    public sealed class OnSqlite(SqliteClockedHost host) : CalendarsApiTests(host), IClassFixture<SqliteClockedHost>;

    public sealed class OnPostgres(PostgresClockedHost host) : CalendarsApiTests(host), IClassFixture<PostgresClockedHost>;
}
