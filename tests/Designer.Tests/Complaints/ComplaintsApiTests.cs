using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Engine.Runtime;
using static Mpp.Workflows.Designer.Tests.Hosting.Problems;

namespace Mpp.Workflows.Designer.Tests.Complaints;

/// <summary>
/// <c>/api/complaints</c> on both stores: what a citizen may send and read (a wrong token is a 404 like an unknown number, a
/// replayed key never hands out another complaint's token, bad input is a 400 naming the field), and what staff see and do
/// (their office only, one answer). The board carries no personal data.
/// </summary>
public abstract class ComplaintsApiTests(DesignerHost host)
{
    [Fact]
    public async Task Filing_WithAWrongToken_Returns404_AsForAnUnknownNumber()
    {
        var application = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        using var client = host.CreateClient();

        using var wrongToken = await client.PostAsJsonAsync("/api/complaints", AboutApplication(application.RegistrationNumber, "bukan-kode-ini"));
        using var unknownNumber = await client.PostAsJsonAsync("/api/complaints", AboutApplication("503-SIP-2026-999999", application.TrackingToken));

        var first = await AssertProblemAsync(wrongToken, HttpStatusCode.NotFound);
        var second = await AssertProblemAsync(unknownNumber, HttpStatusCode.NotFound);
        Assert.Equal((string?)first["title"], (string?)second["title"]);
        Assert.Empty(await host.Services.GetRequiredService<IWorkflowStore>().ListComplaintsOfInstanceAsync(application.Id, CancellationToken.None));
    }

    [Fact]
    public async Task ReplayedKey_ReturnsTheFirstComplaint_AndRefusesAnotherComplaintWithoutItsToken()
    {
        var key = Guid.NewGuid().ToString("N");
        var complaint = AboutService("Antrean di loket PBG terlalu lama.");
        var first = await FileAsync(complaint, key);
        var replay = await FileAsync(complaint, key);
        Assert.Equal(((string?)first["number"], (string?)first["followToken"]), ((string?)replay["number"], (string?)replay["followToken"]));
        Assert.False(string.IsNullOrEmpty((string?)first["followToken"]));

        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/complaints") { Content = JsonContent.Create(AboutService("Pertanyaan lain dari orang lain.")) };
        request.Headers.Add("Idempotency-Key", key);
        using var other = await client.SendAsync(request);
        var problem = await AssertProblemAsync(other, HttpStatusCode.UnprocessableEntity);
        Assert.DoesNotContain((string)first["followToken"]!, problem.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain((string)first["number"]!, problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filing_WithBadInput_Returns400_NamingEachField()
    {
        using var client = host.CreateClient();
        using var tooLong = await client.PostAsJsonAsync("/api/complaints", new
        {
            subject = "Service", definitionId = "tidak-ada", contactName = "Budi", contactEmail = "bukan-email", text = new string('x', 4001),
        });
        Assert.Equal(["contactEmail", "definitionId", "text"], ErrorKeys(await AssertProblemAsync(tooLong, HttpStatusCode.BadRequest)).Order());

        using var noContact = await client.PostAsJsonAsync("/api/complaints", new { subject = "Service", definitionId = "pbg", text = "Isi" });
        Assert.Equal(["contactEmail", "contactName"], ErrorKeys(await AssertProblemAsync(noContact, HttpStatusCode.BadRequest)).Order());

        using var noSubject = await client.PostAsJsonAsync("/api/complaints", new { subject = "Lainnya", text = "Isi" });
        Assert.Equal(["subject"], ErrorKeys(await AssertProblemAsync(noSubject, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task Following_ShowsTheComplaintToItsTokenOnly_WithoutContactDetails()
    {
        var filed = await FileAsync(AboutService("Biaya retribusi tidak dijelaskan."));
        using var client = host.CreateClient();
        var number = (string)filed["number"]!;

        var view = (await client.GetFromJsonAsync<JsonObject>($"/api/complaints/{number}?token={Uri.EscapeDataString((string)filed["followToken"]!)}"))!;
        Assert.Equal(("Open", "Biaya retribusi tidak dijelaskan."), ((string?)view["status"], (string?)view["text"]));
        Assert.DoesNotContain("budi.warga@example.org", view.ToJsonString(), StringComparison.Ordinal);

        using var wrong = await client.GetAsync($"/api/complaints/{number}?token=salah");
        using var unknown = await client.GetAsync($"/api/complaints/503-ADU-2026-999999?token={Uri.EscapeDataString((string)filed["followToken"]!)}");
        await AssertProblemAsync(wrong, HttpStatusCode.NotFound);
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Staff_SeeOnlyTheirOfficesComplaints_AndAnswerOnce()
    {
        var filed = await FileAsync(AboutService("Petugas tidak ramah."));
        var id = (string)filed["id"]!;
        Assert.Equal("DPMPTSP", (string?)filed["office"]);

        using var dinkes = await host.ClientAsync("dinkes.reviewer");
        Assert.DoesNotContain((await dinkes.GetFromJsonAsync<JsonObject>("/api/complaints"))!["items"]!.AsArray(), c => (string?)c!["id"] == id);
        using var refused = await dinkes.PostAsJsonAsync($"/api/complaints/{id}/answer", new { answer = "Bukan urusan kami." });
        await AssertProblemAsync(refused, HttpStatusCode.Forbidden);

        using var front = await host.ClientAsync("dpmptsp.frontoffice");
        using var badStatus = await front.GetAsync("/api/complaints?status=Semua");
        await AssertProblemAsync(badStatus, HttpStatusCode.BadRequest);
        Assert.Contains((await front.GetFromJsonAsync<JsonObject>("/api/complaints?status=Open"))!["items"]!.AsArray(), c => (string?)c!["id"] == id);
        using var empty = await front.PostAsJsonAsync($"/api/complaints/{id}/answer", new { answer = "  " });
        await AssertProblemAsync(empty, HttpStatusCode.BadRequest);
        using var tooLong = await front.PostAsJsonAsync($"/api/complaints/{id}/answer", new { answer = new string('y', 4001) });
        await AssertProblemAsync(tooLong, HttpStatusCode.BadRequest);
        using var unknown = await front.PostAsJsonAsync($"/api/complaints/{Guid.NewGuid()}/answer", new { answer = "Ya." });
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);

        using var answered = await front.PostAsJsonAsync($"/api/complaints/{id}/answer", new { answer = "Petugas sudah kami tegur." });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        using var again = await front.PostAsJsonAsync($"/api/complaints/{id}/answer", new { answer = "Sekali lagi." });
        await AssertProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Contains((await front.GetFromJsonAsync<JsonObject>("/api/complaints?status=Answered"))!["items"]!.AsArray(), c => (string?)c!["id"] == id);

        using var anonymous = host.CreateClient();
        using var unauthenticated = await anonymous.GetAsync("/api/complaints");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
    }

    [Fact]
    public async Task AdminSeesNoComplaint_Fixed_AdminListsEveryOfficesComplaints_AnOfficeStillOnlyItsOwn()
    {
        var front = await FileAsync(AboutService("Admin harus melihat pengaduan ini."));
        var frontId = (string)front["id"]!;
        var health = await InsertComplaintAsync("DINKES", "Pengaduan untuk dinas kesehatan.");

        using var admin = await host.ClientAsync("admin");
        var all = (await admin.GetFromJsonAsync<JsonObject>($"/api/complaints?status=Open&pageSize={ComplaintService.MaxPageSize}"))!;
        var items = all["items"]!.AsArray();
        Assert.Equal("DPMPTSP", (string?)items.Single(c => (string?)c!["id"] == frontId)!["office"]);
        Assert.Equal("DINKES", (string?)items.Single(c => (string?)c!["id"] == health.ToString())!["office"]);
        Assert.True((int)all["total"]! >= 2);
        var found = (await admin.GetFromJsonAsync<JsonObject>($"/api/complaints?q={Uri.EscapeDataString((string)front["number"]!)}"))!;
        Assert.Equal([frontId], found["items"]!.AsArray().Select(c => (string?)c!["id"]));

        // Read-only: answering stays with the offices.
        using var refused = await admin.PostAsJsonAsync($"/api/complaints/{frontId}/answer", new { answer = "Dari admin." });
        await AssertProblemAsync(refused, HttpStatusCode.Forbidden);

        using var dpmptsp = await host.ClientAsync("dpmptsp.frontoffice");
        var own = (await dpmptsp.GetFromJsonAsync<JsonObject>($"/api/complaints?pageSize={ComplaintService.MaxPageSize}"))!["items"]!.AsArray();
        Assert.Contains(own, c => (string?)c!["id"] == frontId);
        Assert.DoesNotContain(own, c => (string?)c!["id"] == health.ToString());
        Assert.All(own, c => Assert.Equal("DPMPTSP", (string?)c!["office"]));
        using var dinkes = await host.ClientAsync("dinkes.reviewer");
        var theirs = (await dinkes.GetFromJsonAsync<JsonObject>($"/api/complaints?pageSize={ComplaintService.MaxPageSize}"))!["items"]!.AsArray();
        Assert.Contains(theirs, c => (string?)c!["id"] == health.ToString());
        Assert.DoesNotContain(theirs, c => (string?)c!["id"] == frontId);
    }

    [Fact]
    public async Task AnsweredComplaintsDisappear_Fixed_TheAnsweredListShowsTheAnswerWhoAndWhen_PagedToo()
    {
        var first = await FileAsync(AboutService("Jawaban pertama harus terlihat."));
        var second = await FileAsync(AboutService("Jawaban kedua harus terlihat."));
        using var front = await host.ClientAsync("dpmptsp.frontoffice");
        foreach (var filed in new[] { first, second })
        {
            using var answered = await front.PostAsJsonAsync($"/api/complaints/{(string)filed["id"]!}/answer", new { answer = $"Jawaban untuk {(string)filed["number"]!}." });
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        var open = (await front.GetFromJsonAsync<JsonObject>($"/api/complaints?status=Open&pageSize={ComplaintService.MaxPageSize}"))!["items"]!.AsArray();
        Assert.DoesNotContain(open, c => (string?)c!["id"] == (string?)first["id"]);

        // The latest answer first, one a page, with the true total.
        var page1 = (await front.GetFromJsonAsync<JsonObject>("/api/complaints?status=Answered&pageSize=1&page=1"))!;
        var page2 = (await front.GetFromJsonAsync<JsonObject>("/api/complaints?status=Answered&pageSize=1&page=2"))!;
        Assert.True((int)page1["total"]! >= 2);
        Assert.Equal((string?)second["id"], (string?)page1["items"]![0]!["id"]);
        Assert.Equal((string?)first["id"], (string?)page2["items"]![0]!["id"]);
        var shown = page2["items"]![0]!;
        Assert.Equal(("Answered", $"Jawaban untuk {(string)first["number"]!}."), ((string?)shown["status"], (string?)shown["answer"]));
        Assert.False(string.IsNullOrEmpty((string?)shown["answeredBy"]));
        Assert.NotNull((DateTimeOffset?)shown["answeredAt"]);

        using var admin = await host.ClientAsync("admin");
        var seen = (await admin.GetFromJsonAsync<JsonObject>($"/api/complaints?status=Answered&pageSize={ComplaintService.MaxPageSize}"))!["items"]!.AsArray();
        Assert.Contains(seen, c => (string?)c!["id"] == (string?)first["id"]);
    }

    [Fact]
    public async Task Board_CountsPerOffice_WithoutPersonalData_AndRefusesABadPeriod()
    {
        await FileAsync(AboutService("Formulir di situs tidak bisa dibuka."));
        using var client = host.CreateClient();

        var board = (await client.GetFromJsonAsync<JsonArray>("/api/complaints/board?from=2020-01-01&to=2020-12-31"))!;
        Assert.Empty(board);
        using var csv = await client.GetAsync("/api/complaints/board.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("kantor,diterima,dijawab,dijawab_tepat_waktu,median_hari_kerja,terbuka,terlambat_sekarang", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("\"DPMPTSP\",", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Budi", text, StringComparison.Ordinal);
        Assert.DoesNotContain("example.org", text, StringComparison.Ordinal);

        using var backwards = await client.GetAsync("/api/complaints/board?from=2026-09-01&to=2026-08-01");
        await AssertProblemAsync(backwards, HttpStatusCode.BadRequest);
        using var malformed = await client.GetAsync("/api/complaints/board.csv?from=kemarin");
        await AssertProblemAsync(malformed, HttpStatusCode.BadRequest);
    }

    private static object AboutApplication(string number, string token) =>
        new { subject = "Application", registrationNumber = number, trackingToken = token, text = "Berkas saya belum diproses." };

    private static object AboutService(string text) =>
        new { subject = "Service", definitionId = "pbg", contactName = "Budi Warga", contactEmail = "budi.warga@example.org", text };

    private async Task<Guid> InsertComplaintAsync(string office, string text)
    {
        var now = DateTimeOffset.UtcNow;
        var complaint = new ComplaintRecord(
            Guid.NewGuid(), $"503-ADU-2026-{Random.Shared.Next(900_000, 999_999)}", ComplaintSubjects.Service, null, "pbg", office, "DPMPTSP", text,
            "Siti Warga", "siti.warga@example.org", null, "hash", ComplaintStatuses.Open, now, now.AddDays(7), false, null, null, null, null, null);
        var store = host.Services.GetRequiredService<IWorkflowStore>();
        await using var session = await store.BeginAsync(CancellationToken.None);
        await session.InsertComplaintAsync(complaint, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        return complaint.Id;
    }

    private async Task<JsonObject> FileAsync(object complaint, string? key = null)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/complaints") { Content = JsonContent.Create(complaint) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        return body!;
    }

    public sealed class OnSqlite(SqliteHost host) : ComplaintsApiTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : ComplaintsApiTests(host), IClassFixture<PostgresHost>;
}
