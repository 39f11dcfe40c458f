using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using static Mpp.Workflows.Designer.Tests.Clocks.ClockAssertions;

namespace Mpp.Workflows.Designer.Tests.Complaints;

/// <summary>
/// A complaint filed on Monday 28 December 2026 is counted into 2027, whose decree is not loaded: its due date is an
/// estimate (Wednesday 6 January, with 1 January and the estimated Isra Mikraj on Tuesday 5 January off), and it does not
/// escalate on it. Publishing the 2027 calendar (New Year only) recomputes it to Tuesday 5 January, already past: it escalates.
/// </summary>
public abstract class ComplaintProvisionalTests(ClockedHost host)
{
    [Fact]
    public async Task ComplaintDueIn2027_IsAnEstimate_AndEscalatesOnlyOnceThe2027CalendarIsPublished()
    {
        await host.AdvanceToAsync(new DateTimeOffset(2026, 12, 28, 9, 0, 0, Wib));
        using var citizen = host.CreateClient();
        using var filing = await citizen.PostAsJsonAsync("/api/complaints", new
        {
            subject = "Service", definitionId = "pbg", contactName = "Sinta Warga", contactPhone = "0812 3456 7890",
            text = "Loket tutup lebih awal sebelum tahun baru.",
        });
        var filed = (await filing.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(filing.StatusCode == HttpStatusCode.Created, filed.ToJsonString());
        Assert.Equal((new DateTimeOffset(2027, 1, 6, 16, 0, 0, Wib), true), (Instant(filed["dueAt"]), (bool)filed["dueIsEstimate"]!));

        await host.AdvanceToAsync(new DateTimeOffset(2027, 1, 11, 9, 0, 0, Wib));
        var waiting = await ComplaintAsync((string)filed["id"]!);
        Assert.Equal((null, true), ((string?)waiting["escalatedAt"], (bool)waiting["dueIsEstimate"]!));

        using (var admin = await host.ClientAsync("admin"))
        {
            using var put = await admin.PutAsJsonAsync("/api/calendars/2027", new JsonObject
            {
                ["holidays"] = new JsonArray(new JsonObject { ["date"] = "2027-01-01", ["name"] = "Tahun Baru 2027 Masehi", ["kind"] = "National" }),
            });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        await host.AdvanceToAsync(new DateTimeOffset(2027, 1, 11, 9, 0, 1, Wib));
        var escalated = await ComplaintAsync((string)filed["id"]!);
        Assert.Equal((new DateTimeOffset(2027, 1, 5, 16, 0, 0, Wib), false), (Instant(escalated["dueAt"]), (bool)escalated["dueIsEstimate"]!));
        Assert.NotNull((string?)escalated["escalatedAt"]);
        var trail = await host.Services.GetRequiredService<IWorkflowStore>().ListComplaintEventsAsync(Guid.Parse((string)filed["id"]!), CancellationToken.None);
        Assert.Equal(["Filed", "DueRecomputed", "Escalated"], trail.Select(e => e.Event));
        Assert.Equal("admin", trail[1].Actor);
    }

    private async Task<JsonObject> ComplaintAsync(string id)
    {
        using var front = await host.ClientAsync("dpmptsp.frontoffice");
        return (await front.GetFromJsonAsync<JsonObject>("/api/complaints"))!["items"]!.AsArray().Single(c => (string?)c!["id"] == id)!.AsObject();
    }

    public sealed class OnSqlite(SqliteClockedHost host) : ComplaintProvisionalTests(host), IClassFixture<SqliteClockedHost>;

    public sealed class OnPostgres(PostgresClockedHost host) : ComplaintProvisionalTests(host), IClassFixture<PostgresClockedHost>;
}
