using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using static Mpp.Workflows.Designer.Tests.Clocks.ClockAssertions;

namespace Mpp.Workflows.Designer.Tests.Complaints;

/// <summary>
/// Complaints on a controlled clock: three complaints filed on Thursday 13 August 2026 are due 5 working days later, on
/// Friday 21 August at closing time (the weekend and the 17 August holiday do not count). One about a file at the front
/// office is answered on Wednesday: on time. One about a file at Dinas Kesehatan is not answered: at its due instant it
/// escalates and DPMPTSP sees it; DPMPTSP answers it on Monday 24 August: late, after 6 working days. The board counts both.
/// <code>
/// Thu 13 filed ─ Fri 14 (1) ─ Sat, Sun, Mon 17 holiday ─ Tue 18 (2) ─ Wed 19 (3) answered ─ Thu 20 (4) ─ Fri 21 (5) 16:00 due
///     ─ escalated ─ Mon 24 (6) answered late
/// </code>
/// </summary>
public abstract class ComplaintClockTests(ClockedHost host)
{
    private static readonly DateTimeOffset Filed = new(2026, 8, 13, 9, 0, 0, Wib);

    [Fact]
    public async Task Complaint_IsDueFiveWorkingDaysLater_EscalatesWhenOverdue_AndCountsOnTimeAndLateAnswers()
    {
        await host.AdvanceToAsync(Filed);
        var atCounter = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var atHealthOffice = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(atHealthOffice, "check-completeness", "Lengkap");
        await host.DecideAsync(atHealthOffice, "verify-file", "Terverifikasi");

        var onTime = await FileAsync(atCounter, "Petugas loket tidak memberi tanda terima.");
        var late = await FileAsync(atHealthOffice, "Rekomendasi belum ada kabar.");
        Assert.Equal(("DPMPTSP", "DINKES"), ((string?)onTime["office"], (string?)late["office"]));
        Assert.Equal(EndOfDay(8, 21), Instant(onTime["dueAt"]));
        Assert.Equal(EndOfDay(8, 21), Instant(late["dueAt"]));
        Assert.False((bool)onTime["dueIsEstimate"]!);
        Assert.DoesNotContain(await ListAsync("dpmptsp.frontoffice"), c => (string?)c["number"] == (string?)late["number"]);

        await host.AdvanceToAsync(new DateTimeOffset(2026, 8, 19, 10, 0, 0, Wib));
        using (var dinkes = await host.ClientAsync("dinkes.reviewer"))
        using (var refused = await dinkes.PostAsJsonAsync($"/api/complaints/{onTime["id"]}/answer", new { answer = "Bukan kantor kami." }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var answered = await AnswerAsync("dpmptsp.frontoffice", onTime, "Tanda terima sudah dikirim ulang ke email Anda.");
        Assert.Equal(("Answered", 3), ((string?)answered["status"], (int)answered["responseDays"]!));
        Assert.True(Instant(answered["answeredAt"]) <= Instant(answered["dueAt"]));
        using (var again = await host.ClientAsync("dpmptsp.frontoffice"))
        using (var conflict = await again.PostAsJsonAsync($"/api/complaints/{onTime["id"]}/answer", new { answer = "Sekali lagi." }))
        {
            Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        }

        await host.AdvanceToAsync(EndOfDay(8, 21).AddSeconds(-1));
        Assert.Null((await ListAsync("dinkes.reviewer")).Single(c => (string?)c["number"] == (string?)late["number"])["escalatedAt"]);

        await host.AdvanceToAsync(EndOfDay(8, 21).AddSeconds(1));
        var escalated = (await ListAsync("dpmptsp.reviewer")).Single(c => (string?)c["number"] == (string?)late["number"]);
        Assert.Equal(("DINKES", true), ((string?)escalated["office"], (bool)escalated["isOverdue"]!));
        Assert.True(Instant(escalated["escalatedAt"]) >= EndOfDay(8, 21));
        var trail = await host.Services.GetRequiredService<IWorkflowStore>().ListComplaintEventsAsync(Guid.Parse((string)late["id"]!), CancellationToken.None);
        Assert.Equal(["Filed", "Escalated"], trail.Select(e => e.Event));
        Assert.Equal("system", trail[1].Actor);

        // The complainant sees it too: past its due date, and passed on to the mall's managing office, by name.
        using (var citizen = host.CreateClient())
        {
            var follow = (await citizen.GetFromJsonAsync<JsonObject>(
                $"/api/complaints/{late["number"]}?token={Uri.EscapeDataString(atHealthOffice.TrackingToken)}"))!;
            Assert.Equal((true, "DPMPTSP"), ((bool)follow["late"]!, (string?)follow["escalatedTo"]));
            var onTimeFollow = (await citizen.GetFromJsonAsync<JsonObject>(
                $"/api/complaints/{onTime["number"]}?token={Uri.EscapeDataString(atCounter.TrackingToken)}"))!;
            Assert.Equal((false, null), ((bool)onTimeFollow["late"]!, (string?)onTimeFollow["escalatedTo"]));
            var tracking = await citizen.GetStringAsync(
                $"/track/{atHealthOffice.RegistrationNumber}?token={Uri.EscapeDataString(atHealthOffice.TrackingToken)}");
            Assert.Contains("Melewati batas waktu", tracking, StringComparison.Ordinal);
            Assert.Contains("diteruskan kepada pengelola Mal Pelayanan Publik (Dinas Penanaman Modal", tracking, StringComparison.Ordinal);
        }

        await host.AdvanceToAsync(new DateTimeOffset(2026, 8, 24, 10, 0, 0, Wib));
        var lateAnswer = await AnswerAsync("dpmptsp.reviewer", late, "Rekomendasi telah terbit hari ini.");
        Assert.Equal(("Answered", 6, "dpmptsp.reviewer"), ((string?)lateAnswer["status"], (int)lateAnswer["responseDays"]!, (string?)lateAnswer["answeredBy"]));
        Assert.True(Instant(lateAnswer["answeredAt"]) > Instant(lateAnswer["dueAt"]));

        using var anonymous = host.CreateClient();
        var board = (await anonymous.GetFromJsonAsync<JsonArray>("/api/complaints/board?from=2026-08-01&to=2026-08-31"))!;
        var front = board.Single(r => (string?)r!["office"] == "DPMPTSP")!;
        var health = board.Single(r => (string?)r!["office"] == "DINKES")!;
        Assert.Equal((1, 1, 1, 3.0, 0, 0), Figures(front));
        Assert.Equal((1, 1, 0, 6.0, 0, 0), Figures(health));

        var mails = (await host.Services.GetRequiredService<IWorkflowStore>().ListOutboxAsync(null, 10_000, CancellationToken.None))
            .Where(m => m.InstanceId == atHealthOffice.Id && m.Kind == "Email").Select(m => (string?)JsonNode.Parse(m.PayloadJson)!["template"]).ToList();
        Assert.Equal(1, mails.Count(t => t == "ComplaintFiled"));
        Assert.Equal(1, mails.Count(t => t == "ComplaintAnswered"));
    }

    private static (int, int, int, double?, int, int) Figures(JsonNode row) =>
        ((int)row["received"]!, (int)row["answered"]!, (int)row["answeredOnTime"]!, (double?)row["medianResponseDays"], (int)row["open"]!,
            (int)row["overdueNow"]!);

    private async Task<JsonObject> FileAsync(SubmittedApplication application, string text)
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync(
            "/api/complaints",
            new { subject = "Application", registrationNumber = application.RegistrationNumber, trackingToken = application.TrackingToken, text });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        return body!;
    }

    private async Task<JsonObject> AnswerAsync(string user, JsonObject complaint, string answer)
    {
        using var client = await host.ClientAsync(user);
        using var response = await client.PostAsJsonAsync($"/api/complaints/{complaint["id"]}/answer", new { answer });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return body!;
    }

    private async Task<List<JsonObject>> ListAsync(string user)
    {
        using var client = await host.ClientAsync(user);
        return [.. (await client.GetFromJsonAsync<JsonObject>("/api/complaints"))!["items"]!.AsArray().Select(c => c!.AsObject())];
    }

    public sealed class OnSqlite(SqliteClockedHost host) : ComplaintClockTests(host), IClassFixture<SqliteClockedHost>;

    public sealed class OnPostgres(PostgresClockedHost host) : ComplaintClockTests(host), IClassFixture<PostgresClockedHost>;
}
