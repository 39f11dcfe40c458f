using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using static Mpp.Workflows.Designer.Tests.Clocks.ClockAssertions;

namespace Mpp.Workflows.Designer.Tests.Clocks;

/// <summary>
/// A small-house PBG: registration marks the file complete on Monday 3 August 2026 (33 working days, <c>Notify</c>); PUPR
/// returns it on Wednesday 5 August and the applicant resubmits on Monday 10 August. The clock stands still in between
/// (three working days), so the deadline moves from Monday 21 to Thursday 24 September, when the head of DPMPTSP is told.
/// <code>
/// register --Lengkap--> decide-scope --False--> house-consultation --Perbaiki--> return-house --Resubmitted--> house-consultation
/// </code>
/// </summary>
public abstract class PausedClockTests(ClockedHost host)
{
    [Fact]
    public async Task StatutoryClock_PausesWhileWithApplicant_AttributedAndVisible_ThenNotifiesTheHead()
    {
        var app = await host.SubmitAsync("pbg", SampleData.Pbg(luasLantai: 120));
        var started = Statutory(await host.DecideAsync(app, "register", "Lengkap"));
        Assert.Equal(EndOfDay(9, 21), Instant(started["dueAt"]));

        await host.AdvanceToAsync(new DateTimeOffset(2026, 8, 5, 10, 0, 0, Wib));
        var returned = await host.DecideAsync(app, "house-consultation", "Perbaiki", comment: "Denah kurang");
        var paused = Statutory(returned);
        Assert.Equal(("Paused", 2), ((string?)paused["status"], (int)paused["workingDaysUsed"]!));
        Assert.Null(paused["dueAt"]);
        Assert.Equal("pupr.reviewer", (string?)Events(returned, "ClockPaused").Single()["actor"]);

        await host.AdvanceToAsync(new DateTimeOffset(2026, 8, 10, 9, 0, 0, Wib));
        var resumed = Statutory(await host.ResubmitAsync(app, new JsonObject { ["jumlahLantai"] = 1 }));
        var pause = resumed["pausedIntervals"]!.AsArray().Single()!;
        Assert.Equal(new DateTimeOffset(2026, 8, 5, 10, 0, 0, Wib), Instant(pause["from"]));
        Assert.Equal(new DateTimeOffset(2026, 8, 10, 9, 0, 0, Wib), Instant(pause["to"]));
        Assert.Equal(("pupr.reviewer", "applicant"), ((string?)pause["pausedBy"], (string?)pause["resumedBy"]));
        Assert.Equal(EndOfDay(9, 24), Instant(resumed["dueAt"]));
        Assert.Equal(("Running", 31), ((string?)resumed["status"], (int)resumed["workingDaysLeft"]!));
        using (var applicant = host.CreateClient())
        {
            var tracking = (await applicant.GetFromJsonAsync<JsonObject>(
                $"/api/track/{app.RegistrationNumber}?token={Uri.EscapeDataString(app.TrackingToken)}"))!;
            Assert.Equal(("PUPR", "Pemohon"), ((string?)Events(tracking, "ClockPaused").Single()["actor"], (string?)Events(tracking, "ClockResumed").Single()["actor"]));
        }

        await host.AdvanceToAsync(EndOfDay(9, 21).AddSeconds(1));
        Assert.Empty(Events(await host.GetApplicationAsync(app.Id), "StatutoryDeadlinePassed"));
        await host.AdvanceToAsync(EndOfDay(9, 24).AddSeconds(1));
        var notified = await host.GetApplicationAsync(app.Id);

        Assert.Equal("InProgress", (string?)notified["status"]);
        Assert.Equal("Notify", (string?)Events(notified, "StatutoryDeadlinePassed").Single()["outcome"]);
        Assert.Single(Events(notified, "ClockResumed"), e => (string?)e["actor"] == "applicant");
        var outbox = await host.Services.GetRequiredService<IWorkflowStore>().ListOutboxAsync(null, 10_000, CancellationToken.None);
        var notice = outbox.Where(m => m.InstanceId == app.Id).Select(m => JsonNode.Parse(m.PayloadJson)!)
            .Single(p => (string?)p["template"] == "StatutoryDeadline");
        Assert.Equal(("dpmptsp.head@demo.mpp.local", 33), ((string?)notice["to"], (int)notice["days"]!));
    }

    public sealed class OnSqlite(SqliteClockedHost host) : PausedClockTests(host), IClassFixture<SqliteClockedHost>;

    public sealed class OnPostgres(PostgresClockedHost host) : PausedClockTests(host), IClassFixture<PostgresClockedHost>;
}
