using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using static Mpp.Workflows.Designer.Tests.Clocks.ClockAssertions;

namespace Mpp.Workflows.Designer.Tests.Clocks;

/// <summary>
/// A SIP application on a controlled clock through every timed event of its route: the verification first returns the
/// file (no statutory clock: a return is not "complete"), then completes it on Tuesday 4 August 2026; the Dinas Kesehatan
/// recommendation (6 working days, reminder 1 day before, escalation to Head) is reminded, escalated, and finally the
/// 8-working-day statutory deadline passes on Friday 14 August and the permit is deemed approved.
/// <code>
/// check-completeness --Lengkap--> verify-file --Kembalikan--> return-verification --Resubmitted--> verify-file
///     --Terverifikasi--> health-recommendation ··(statutory deadline: DeemApprove)··> issue-permit --> email-permit --> end
/// </code>
/// </summary>
public abstract class SipDeadlinesTests(ClockedHost host)
{
    [Fact]
    public async Task Sip_RemindedEscalatedAndDeemedApproved_WithAuditTrailAndClocks()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        var returned = await host.DecideAsync(app, "verify-file", "Kembalikan", comment: "STR tidak terbaca");
        Assert.Null(returned["clocks"]!["statutory"]);
        Assert.Equal("Revision", (string?)returned["clocks"]!["revision"]!["kind"]);

        await host.AdvanceToAsync(new DateTimeOffset(2026, 8, 4, 9, 0, 0, Wib));
        await host.ResubmitAsync(app, new JsonObject { ["nomorStr"] = "STR-7654321" });
        var complete = await host.DecideAsync(app, "verify-file", "Terverifikasi");

        var statutory = Statutory(complete);
        Assert.Equal(new DateTimeOffset(2026, 8, 4, 9, 0, 0, Wib), Instant(statutory["startedAt"]));
        Assert.Equal("dpmptsp.reviewer", (string?)statutory["startedBy"]);
        Assert.Equal(EndOfDay(8, 14), Instant(statutory["dueAt"]));
        Assert.Equal((0, 8), ((int)statutory["workingDaysUsed"]!, (int)statutory["workingDaysLeft"]!));
        var recommendation = complete["openTasks"]!.AsArray().Single()!;
        Assert.Equal(EndOfDay(8, 12), Instant(recommendation["dueAt"]));
        Assert.Equal(6.88, (double)recommendation["workingDaysLeft"]!);

        await host.AdvanceToAsync(EndOfDay(8, 11).AddSeconds(1));
        var reminded = await host.GetApplicationAsync(app.Id);
        Assert.Equal("health-recommendation", (string?)Events(reminded, "TaskReminded").Single()["activityId"]);
        var reminder = (await StaffMailsAsync(app.Id, "Reminder")).Single();
        Assert.Equal(("dinkes.reviewer@demo.mpp.local", false), ((string?)reminder["to"], (bool)reminder["isOverdue"]!));

        await host.AdvanceToAsync(EndOfDay(8, 12).AddSeconds(1));
        var escalated = await host.GetApplicationAsync(app.Id);
        Assert.Single(Events(escalated, "TaskOverdue"));
        Assert.Equal("Head", (string?)Events(escalated, "TaskEscalated").Single()["outcome"]);
        using (var head = await host.ClientAsync("dinkes.head"))
        {
            var inbox = (await head.GetFromJsonAsync<JsonArray>("/api/tasks"))!;
            var task = inbox.Single(t => (string?)t!["applicationId"] == app.Id.ToString())!;
            Assert.Equal(("Head", true), ((string?)task["escalatedToRole"], (bool)task["overdue"]!));
            Assert.True((double)task["workingDaysLeft"]! <= 0);
        }

        var overdueMail = (await StaffMailsAsync(app.Id, "Reminder")).Single(m => (bool)m["isOverdue"]!);
        Assert.Equal("dinkes.head@demo.mpp.local", (string?)overdueMail["to"]);

        await host.AdvanceToAsync(EndOfDay(8, 14).AddSeconds(1));
        var final = await host.GetApplicationAsync(app.Id);

        Assert.Equal(("Completed", "DeemedApproved"), ((string?)final["status"], (string?)final["result"]));
        Assert.Empty(final["openTasks"]!.AsArray());
        Assert.Equal("system", (string?)Events(final, "DeemedApproved").Single()["actor"]);
        Assert.Contains("8 working days", (string?)Events(final, "DeemedApproved").Single()["comment"], StringComparison.Ordinal);
        Assert.Equal("DeemedApproved", (string?)Events(final, "Ended").Single()["outcome"]);
        Assert.Equal("Permit", (string?)Events(final, "DocumentRequested").Single()["outcome"]);
        Assert.Contains(Events(final, "Cancelled"), e => (string?)e["activityId"] == "health-recommendation");
        var expired = Statutory(final);
        Assert.Equal(("Expired", 8, 0), ((string?)expired["status"], (int)expired["workingDaysUsed"]!, (int)expired["workingDaysLeft"]!));
        var order = final["history"]!.AsArray().Select(e => (string)e!["event"]!).ToList();
        Assert.True(
            order.IndexOf("TaskReminded") < order.IndexOf("TaskEscalated") && order.IndexOf("TaskEscalated") < order.IndexOf("DeemedApproved"),
            string.Join(", ", order));
    }

    /// <summary>The staff mails of an application with this template, whatever their delivery state.</summary>
    private async Task<List<JsonNode>> StaffMailsAsync(Guid applicationId, string template)
    {
        var outbox = await host.Services.GetRequiredService<IWorkflowStore>().ListOutboxAsync(null, 10_000, CancellationToken.None);
        return [.. outbox.Where(m => m.InstanceId == applicationId && m.Kind == "Email").Select(m => JsonNode.Parse(m.PayloadJson)!)
            .Where(p => (string?)p["template"] == template)];
    }

    public sealed class OnSqlite(SqliteClockedHost host) : SipDeadlinesTests(host), IClassFixture<SqliteClockedHost>;

    public sealed class OnPostgres(PostgresClockedHost host) : SipDeadlinesTests(host), IClassFixture<PostgresClockedHost>;
}
