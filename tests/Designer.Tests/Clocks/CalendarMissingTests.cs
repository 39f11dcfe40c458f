using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using static Mpp.Workflows.Designer.Tests.Clocks.ClockAssertions;

namespace Mpp.Workflows.Designer.Tests.Clocks;

/// <summary>
/// A due date in a year without a calendar is never guessed from weekends: the task opens without a due date, the
/// application's history says why, and an admin adding the year gives the task its due date.
/// <code>register --Lengkap--> decide-scope --False--> house-consultation (25 working days from 1 December 2026)</code>
/// </summary>
public abstract class CalendarMissingTests(ClockedHost host)
{
    [Fact]
    public async Task DueDateInYearWithoutCalendar_IsAuditedAndMissing_UntilTheYearIsAdded()
    {
        await host.AdvanceToAsync(new DateTimeOffset(2026, 12, 1, 9, 0, 0, Wib));
        var app = await host.SubmitAsync("pbg", SampleData.Pbg(luasLantai: 120));
        await host.DecideAsync(app, "register", "Lengkap");

        var task = await host.OpenTaskAsync(app, "house-consultation");
        var view = await host.GetApplicationAsync(app.Id);
        Assert.Null(task["dueAt"]);
        Assert.Contains("PUT /api/calendars/2027", (string?)Events(view, "CalendarMissing").First(e => (string?)e["activityId"] == "house-consultation")["comment"],
            StringComparison.Ordinal);
        Assert.Contains("2027", (string?)view["clocks"]!["tasks"]!.AsArray().Single()!["problem"], StringComparison.Ordinal);

        using var admin = await host.ClientAsync("admin");
        using var put = await admin.PutAsJsonAsync("/api/calendars/2027", new JsonObject
        {
            ["holidays"] = new JsonArray(new JsonObject { ["date"] = "2027-01-01", ["name"] = "Tahun Baru 2027 Masehi", ["kind"] = "National" }),
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        // 25 working days after Tuesday 1 December 2026: 20 in December (24 and 25 December are off), then 5 after New Year 2027.
        Assert.Equal(new DateTimeOffset(2027, 1, 8, 16, 0, 0, Wib), Instant((await host.OpenTaskAsync(app, "house-consultation"))["dueAt"]));
    }

    public sealed class OnSqlite(SqliteClockedHost host) : CalendarMissingTests(host), IClassFixture<SqliteClockedHost>;

    public sealed class OnPostgres(PostgresClockedHost host) : CalendarMissingTests(host), IClassFixture<PostgresClockedHost>;
}
