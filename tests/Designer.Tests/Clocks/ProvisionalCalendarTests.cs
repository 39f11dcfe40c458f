using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Scheduling;
using Mpp.Workflows.Testing;
using static Mpp.Workflows.Designer.Tests.Clocks.ClockAssertions;

namespace Mpp.Workflows.Designer.Tests.Clocks;

/// <summary>
/// A clock that runs into a year whose holiday decree is not loaded (2027) counts with the provisional calendar: its due date
/// is an estimate, nothing fires on it, and publishing the official year makes it official, after which it acts as always.
/// The PBG route is published here with deemed approval at its statutory deadline (the shipped one notifies), so that the
/// strongest consequence is the one shown to wait.
/// <code>register --Lengkap--> decide-scope --False--> house-consultation (25 working days; statutory clock 33, from 1 December 2026)</code>
/// </summary>
public abstract class ProvisionalCalendarTests(ClockedHost host)
{
    private static readonly DateTimeOffset December1 = new(2026, 12, 1, 9, 0, 0, Wib);

    [Fact]
    public async Task PbgClockInto2027_IsProvisional_DeemsNothing_UntilThe2027CalendarIsPublished()
    {
        await host.AdvanceToAsync(December1);
        await PublishPbgWithDeemedApprovalAsync();
        var app = await host.SubmitAsync("pbg", SampleData.Pbg(luasLantai: 120));
        await host.DecideAsync(app, "register", "Lengkap");

        // 33 working days: 20 left in December 2026 (24 and 25 off), then 13 in January 2027 with New Year and the estimate of
        // Isra Mikraj 1448 (Tuesday 5 January, Umm al-Qura) off; the task's 25 days end on Monday 11 January.
        var view = await host.GetApplicationAsync(app.Id);
        var statutory = Statutory(view);
        Assert.Equal((new DateTimeOffset(2027, 1, 21, 16, 0, 0, Wib), true), (Instant(statutory["dueAt"]), (bool)statutory["provisional"]!));
        var task = await host.OpenTaskAsync(app, "house-consultation");
        Assert.Equal((new DateTimeOffset(2027, 1, 11, 16, 0, 0, Wib), true), (Instant(task["dueAt"]), (bool)task["dueIsEstimate"]!));
        Assert.Contains("2027", (string?)Events(view, "DueProvisional").First(e => (string?)e["outcome"] == "Statutory")["comment"], StringComparison.Ordinal);
        Assert.Empty(Events(view, "CalendarMissing"));

        var tracking = await TrackAsync(app);
        Assert.True((bool)tracking["clocks"]!.AsArray().Single(c => (string?)c!["kind"] == "Statutory")!["dueIsEstimate"]!);
        Assert.True((bool)tracking["expectedCompletionIsEstimate"]!);
        var notice = await NoticeAsync();
        Assert.Equal((1, "2027"), (notice?.Applications, string.Join(",", notice?.Years ?? [])));

        // One promise: once the file is complete, the tracking page promises the statutory clock's date (21 January), not the
        // service time from submission (25 January), and names the year it is an estimate for.
        var view2 = await host.Services.GetRequiredService<WorkflowRuntime>().TrackAsync(app.RegistrationNumber, app.TrackingToken, CancellationToken.None);
        Assert.Equal((new DateOnly(2027, 1, 21), 33, true, "2027"),
            (view2!.ExpectedCompletion, view2.ServiceDays, view2.ExpectedFromComplete, string.Join(",", view2.EstimateYears)));

        // The inbox banner counts the viewer's office's own estimated tasks: PUPR has the consultation, DPMPTSP none open.
        var notices = host.Services.GetRequiredService<ProvisionalCalendarNotices>();
        Assert.Equal(1, (await notices.GetForOfficeAsync("PUPR", CancellationToken.None))?.Applications);
        Assert.Null(await notices.GetForOfficeAsync("DPMPTSP", CancellationToken.None));

        // The receipt (35 working days from 1 December 2026: 25 January 2027) says the date is provisional and what it counts from.
        var receipt = await ReceiptTextAsync(app);
        Assert.Contains("25 Januari 2027 (sementara: kalender hari libur 2027 belum ditetapkan)", receipt, StringComparison.Ordinal);
        Assert.Contains("sejak permohonan diterima", receipt, StringComparison.Ordinal);

        // The history keeps the years in the details, from which the staff page writes the event.
        var provisional = Events(view, "DueProvisional").First(e => (string?)e["outcome"] == "Statutory");
        var years = await DetailsAsync(app, "DueProvisional");
        Assert.Equal("[2027]", years!["provisionalYears"]!.ToJsonString());
        Assert.NotNull(provisional);

        // Past both estimated dates nothing happens, and the held timers refuse to fire even when woken directly.
        await host.AdvanceToAsync(new DateTimeOffset(2027, 2, 1, 9, 0, 0, Wib));
        var waited = await host.GetApplicationAsync(app.Id);
        Assert.Equal("InProgress", (string?)waited["status"]);
        Assert.Empty(Events(waited, "StatutoryDeadlinePassed"));
        Assert.Empty(Events(waited, "DeemedApproved"));
        Assert.Empty(Events(waited, "TaskOverdue"));
        var held = await TimersOfTaskAsync((Guid)task["id"]!);
        Assert.All(held.Where(t => t.CancelledAt is null), t => Assert.True(t.Provisional));
        foreach (var timer in held)
        {
            Assert.False(await host.Services.GetRequiredService<ITimerHandler>().FireTimerAsync(timer.Id, CancellationToken.None));
        }

        using (var admin = await host.ClientAsync("admin"))
        {
            using var put = await admin.PutAsJsonAsync("/api/calendars/2027", new JsonObject
            {
                ["holidays"] = new JsonArray(new JsonObject { ["date"] = "2027-01-01", ["name"] = "Tahun Baru 2027 Masehi", ["kind"] = "National" }),
            });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        // The official dates (no Isra Mikraj on 5 January in this decree) are already past: their timers fire at once.
        await host.AdvanceToAsync(new DateTimeOffset(2027, 2, 1, 9, 0, 1, Wib));
        var final = await host.GetApplicationAsync(app.Id);
        var recomputed = Events(final, "DueRecomputed").Single(e => (string?)e["outcome"] == "Statutory");
        Assert.Contains("2027", (string?)recomputed["comment"], StringComparison.Ordinal);
        var cause = (await DetailsAsync(app, "DueRecomputed"))!["cause"]!;
        Assert.Equal((2027, 1, "admin"), ((int)cause["calendarYear"]!, (int)cause["holidays"]!, (string?)cause["changedBy"]));
        var official = Statutory(final);
        Assert.Equal((new DateTimeOffset(2027, 1, 20, 16, 0, 0, Wib), false), (Instant(official["dueAt"]), (bool)official["provisional"]!));
        Assert.Equal(("Completed", "DeemedApproved"), ((string?)final["status"], (string?)final["result"]));
        Assert.Contains("due 2027-01-20 16:00 +07:00", (string?)Events(final, "DeemedApproved").Single()["comment"], StringComparison.Ordinal);
        Assert.Null(await NoticeAsync());
    }

    private async Task PublishPbgWithDeemedApprovalAsync()
    {
        var route = (await File.ReadAllTextAsync(Path.Combine(RepoPaths.Workflows, "pbg.json")))
            .Replace("\"onStatutoryDeadline\": \"Notify\"", "\"onStatutoryDeadline\": \"DeemApprove\"", StringComparison.Ordinal);
        Assert.Contains("DeemApprove", route, StringComparison.Ordinal);
        using var analyst = await host.ClientAsync("analyst");
        using var draft = await analyst.PutAsync("/api/definitions/pbg/draft", new StringContent(route, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(draft.IsSuccessStatusCode, await draft.Content.ReadAsStringAsync());
        using var publish = await analyst.PostAsync("/api/definitions/pbg/publish", null);
        Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());
    }

    private async Task<JsonObject> TrackAsync(SubmittedApplication app)
    {
        using var client = host.CreateClient();
        return (await client.GetFromJsonAsync<JsonObject>($"/api/track/{app.RegistrationNumber}?token={Uri.EscapeDataString(app.TrackingToken)}"))!;
    }

    private async Task<string> ReceiptTextAsync(SubmittedApplication app)
    {
        using var client = host.CreateClient();
        var token = Uri.EscapeDataString(app.TrackingToken);
        JsonObject? documents = null;
        await Poll.UntilAsync(
            async () => (documents = (await client.GetFromJsonAsync<JsonArray>($"/api/applications/{app.Id}/documents?token={token}"))!
                .Select(d => d!.AsObject()).FirstOrDefault(d => (string?)d["kind"] == "Receipt")) is not null,
            TimeSpan.FromSeconds(60));
        var bytes = await client.GetByteArrayAsync($"/api/documents/{documents!["id"]}?token={token}");
        var part = new MimeKit.MimePart("application", "pdf") { Content = new MimeKit.MimeContent(new MemoryStream(bytes)) };
        return await Documents.PdfText.OfAsync(part);
    }

    private async Task<JsonObject?> DetailsAsync(SubmittedApplication app, string auditEvent)
    {
        var history = await host.Services.GetRequiredService<IWorkflowStore>().GetHistoryAsync(app.Id, CancellationToken.None);
        return JsonNode.Parse(history.First(h => h.Event == auditEvent && h.Outcome == "Statutory").DetailsJson!)!.AsObject();
    }

    private Task<ProvisionalCalendarNotice?> NoticeAsync() =>
        host.Services.GetRequiredService<ProvisionalCalendarNotices>().GetAsync(CancellationToken.None);

    private async Task<IReadOnlyList<TimerRecord>> TimersOfTaskAsync(Guid taskId)
    {
        await using var session = await host.Services.GetRequiredService<IWorkflowStore>().BeginAsync(CancellationToken.None);
        return await session.GetTimersOfTaskAsync(taskId, CancellationToken.None);
    }

    public sealed class OnSqlite(SqliteClockedHost host) : ProvisionalCalendarTests(host), IClassFixture<SqliteClockedHost>;

    public sealed class OnPostgres(PostgresClockedHost host) : ProvisionalCalendarTests(host), IClassFixture<PostgresClockedHost>;
}
