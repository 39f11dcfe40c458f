using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Engine.Runtime;
using static Mpp.Workflows.Designer.Tests.Hosting.Problems;

namespace Mpp.Workflows.Designer.Tests.Complaints;

/// <summary>
/// What a security test and a walk-through found in complaints, on both stores: a board period at the calendar's ends, a
/// flood that hid a real complaint from staff, a service complaint used to mail links to any address, and the wording.
/// </summary>
public abstract class ComplaintAbuseTests(DesignerHost host)
{
    [Theory]
    [InlineData("0001-01-01", "0001-01-01")]
    [InlineData("9999-12-31", "9999-12-31")]
    [InlineData("1999-12-31", "2000-01-01")]
    public async Task BoardPeriod_AtTheCalendarsEnds_Is400_InApiCsvAndPage_NotA500(string from, string to)
    {
        using var client = host.CreateClient();
        using var json = await client.GetAsync($"/api/complaints/board?from={from}&to={to}");
        using var csv = await client.GetAsync($"/api/complaints/board.csv?from={from}&to={to}");
        using var page = await client.GetAsync($"/kinerja/pengaduan?from={from}&to={to}");

        var problem = await AssertProblemAsync(json, HttpStatusCode.BadRequest);
        Assert.Contains("2000", problem.ToJsonString(), StringComparison.Ordinal);
        await AssertProblemAsync(csv, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("antara tahun 2000 dan 2100", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flood_OfComplaints_DoesNotHideTheNewest_ItIsOnALaterPage_AndFoundByItsNumber()
    {
        var complaints = host.Services.GetRequiredService<ComplaintService>();
        for (var i = 0; i < 205; i++)
        {
            await complaints.FileAsync(Flood($"Banjir pengaduan {i}."), CancellationToken.None);
        }

        var newest = await complaints.FileAsync(Flood("Pengaduan sungguhan tentang pungutan liar."), CancellationToken.None);
        using var front = await host.ClientAsync("dpmptsp.frontoffice");

        var first = (await front.GetFromJsonAsync<JsonObject>("/api/complaints?status=Open&pageSize=200"))!;
        var total = (long)first["total"]!;
        Assert.True(total >= 206, $"total {total}");
        var seen = new List<string>();
        for (var page = 1; page <= (total + 199) / 200; page++)
        {
            var items = (await front.GetFromJsonAsync<JsonObject>($"/api/complaints?status=Open&pageSize=200&page={page}"))!["items"]!.AsArray();
            seen.AddRange(items.Select(c => (string)c!["number"]!));
        }

        Assert.Equal(total, seen.Distinct().LongCount());
        Assert.Contains(newest.Number, seen);

        var found = (await front.GetFromJsonAsync<JsonObject>($"/api/complaints?q={newest.Number.ToLowerInvariant()}"))!;
        Assert.Equal([newest.Number], found["items"]!.AsArray().Select(c => (string)c!["number"]!));
        Assert.Equal(1, (long)found["total"]!);
        using var badPage = await front.GetAsync("/api/complaints?page=0");
        await AssertProblemAsync(badPage, HttpStatusCode.BadRequest);

    }

    [Theory]
    [InlineData("Klik https://hadiah.example.com/klaim")]
    [InlineData("Menang hadiah www.hadiah-undian")]
    [InlineData("budi@example.org")]
    [InlineData("Hadiah di undian-berhadiah.com sekarang")]
    [InlineData("Kunjungi evil.com\" sekarang")]
    [InlineData("Promo evil.com' gratis")]
    [InlineData("Promo evil.com\u00A0gratis")]
    [InlineData("Promo evil.shop gratis")]
    [InlineData("Hadiah menang-undian.biz klaim")]
    [InlineData("Promo evil\u3002com gratis")]
    [InlineData("Promo [evil.com] x")]
    [InlineData("Promo *Evil.Com* x")]
    [InlineData("Promo Evil.COM")]
    [InlineData("Hubungi WA 0812 3456 7890 untuk hadiah")]
    public async Task ContactName_ThatCarriesALinkOrAnAddress_IsRefused_InIndonesian(string name)
    {
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id");
        using var response = await client.PostAsJsonAsync("/api/complaints", new
        {
            subject = "Service", definitionId = "pbg", contactName = name, contactEmail = "korban@example.org", text = "Isi pengaduan.",
        });

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["contactName"], ErrorKeys(problem));
        Assert.Contains("tanpa angka dan tanpa alamat situs", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContactName_LongerThan100_IsRefused_ButANameWithTitlesIsTaken()
    {
        using var client = host.CreateClient();
        using var tooLong = await client.PostAsJsonAsync("/api/complaints", Service(new string('a', 101), null, "budi.warga@example.org"));
        Assert.Equal(["contactName"], ErrorKeys(await AssertProblemAsync(tooLong, HttpStatusCode.BadRequest)));

        using var titled = await client.PostAsJsonAsync("/api/complaints", Service("Dr. H. Ahmad Fauzi, S.Kom., M.Kes.", null, "ahmad.fauzi@example.org"));
        Assert.Equal(HttpStatusCode.Created, titled.StatusCode);
        using var joined = await client.PostAsJsonAsync("/api/complaints", Service("dr. Ni Luh Putu O'Neil-Sari, Sp.PD", null, "ni.luh@example.org"));
        Assert.Equal(HttpStatusCode.Created, joined.StatusCode);
    }

    [Theory]
    [InlineData("budi@example.net.")]
    [InlineData("\"budi\"@example.net")]
    [InlineData("budi@[127.0.0.1]")]
    [InlineData("budi..warga@example.net")]
    [InlineData("budi@localhost")]
    public async Task ContactEmail_WrittenOtherThanPlainly_IsRefused(string email)
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/complaints", Service("Budi Warga", null, email));

        Assert.Equal(["contactEmail"], ErrorKeys(await AssertProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task Acknowledgements_CountTheMailbox_NotTheSpelling_PlusTagsAndCaseAreOneMailbox()
    {
        var mailbox = $"sasaran{Guid.NewGuid():N}";
        var complaints = host.Services.GetRequiredService<ComplaintService>();
        var results = new List<FileComplaintResult>();
        foreach (var to in new[] { $"{mailbox}@example.org", $"{mailbox}+1@example.org", $"{mailbox.ToUpperInvariant()}+promo@EXAMPLE.org", $"{mailbox}+2@example.org", $"{mailbox}@example.net" })
        {
            results.Add(await complaints.FileAsync(
                new FileComplaintCommand(ComplaintSubjects.Service, "Pengaduan.", DefinitionId: "pbg", ContactName: "Budi Warga", ContactEmail: to),
                CancellationToken.None));
        }

        // The fourth is the same mailbox again; the fifth is another domain, so another mailbox.
        Assert.Equal([true, true, true, false, true], results.Select(r => r.Acknowledged));
    }

    [Fact]
    public async Task ComplaintsAboutOneApplication_AreAcknowledgedThreeTimesADay_AndKeepNoContactOfTheirOwn()
    {
        var submitted = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var complaints = host.Services.GetRequiredService<ComplaintService>();
        var results = new List<FileComplaintResult>();
        for (var i = 0; i < 5; i++)
        {
            results.Add(await complaints.FileAsync(
                new FileComplaintCommand(ComplaintSubjects.Application, $"Aduan {i}.", RegistrationNumber: submitted.RegistrationNumber,
                    TrackingToken: submitted.TrackingToken, ContactName: "Visit https://evil.example/\u202Egnp.exe", ContactEmail: "=HYPERLINK(\"x\")"),
                CancellationToken.None));
        }

        Assert.Equal([true, true, true, false, false], results.Select(r => r.Acknowledged));
        var stored = await host.Services.GetRequiredService<IWorkflowStore>().GetComplaintAsync(results[0].Id, CancellationToken.None);
        Assert.Null(stored!.ContactName);
        Assert.Null(stored.ContactEmail);
    }

    [Fact]
    public async Task Acknowledgements_ToOneAddress_StopAfterThreeADay_ButComplaintsAreStillFiledWithTheirLink()
    {
        var address = $"sasaran-{Guid.NewGuid():N}@example.org";
        var complaints = host.Services.GetRequiredService<ComplaintService>();
        var results = new List<FileComplaintResult>();
        for (var i = 0; i < 5; i++)
        {
            // The letter case differs, as a spammer would vary it; it is still one mailbox.
            var to = i % 2 == 0 ? address : address.ToUpperInvariant();
            results.Add(await complaints.FileAsync(
                new FileComplaintCommand(ComplaintSubjects.Service, $"Pengaduan {i}.", DefinitionId: "pbg", ContactName: "Budi Warga", ContactEmail: to),
                CancellationToken.None));
        }

        Assert.Equal([true, true, true, false, false], results.Select(r => r.Acknowledged));
        Assert.All(results, r => Assert.False(string.IsNullOrEmpty(r.FollowToken)));
        var outbox = await host.Services.GetRequiredService<IWorkflowStore>().ListOutboxAsync(null, 100_000, CancellationToken.None);
        Assert.Equal(3, outbox.Count(m => results.Any(r => m.PayloadJson.Contains(r.Id.ToString(), StringComparison.OrdinalIgnoreCase))));
    }

    [Fact]
    public async Task Acknowledgements_ToOneAddress_StopAfterThree_EvenWhenTenComplaintsArriveAtOnce()
    {
        var address = $"serbu-{Guid.NewGuid():N}@example.org";
        var complaints = host.Services.GetRequiredService<ComplaintService>();
        using var start = new ManualResetEventSlim();
        var filings = Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await complaints.FileAsync(
                new FileComplaintCommand(ComplaintSubjects.Service, $"Serbuan {i}.", DefinitionId: "pbg", ContactName: "Budi Warga", ContactEmail: address),
                CancellationToken.None);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(filings);

        Assert.Equal(10, results.Select(r => r.Number).Distinct().Count());
        Assert.Equal(3, results.Count(r => r.Acknowledged));
        var outbox = await host.Services.GetRequiredService<IWorkflowStore>().ListOutboxAsync(null, 100_000, CancellationToken.None);
        Assert.Equal(3, outbox.Count(m => results.Any(r => m.PayloadJson.Contains(r.Id.ToString(), StringComparison.OrdinalIgnoreCase))));
    }

    [Fact]
    public async Task ComplaintText_WithAControlCharacter_IsNotCalledASingleLineField()
    {
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id");
        using var response = await client.PostAsJsonAsync("/api/complaints", new
        {
            subject = "Service", definitionId = "pbg", contactName = "Budi Warga", contactEmail = "budi.warga@example.org", text = "Baris satu\nbunyi\u0007",
        });

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["text"], ErrorKeys(problem));
        Assert.Contains("karakter kendali", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("satu baris", problem.ToJsonString(), StringComparison.Ordinal);
    }

    private static FileComplaintCommand Flood(string text) =>
        new(ComplaintSubjects.Service, text, DefinitionId: "pbg", ContactName: "Pengadu Banjir", ContactPhone: "081234567890");

    private static object Service(string name, string? phone, string? email) =>
        new { subject = "Service", definitionId = "pbg", contactName = name, contactEmail = email, contactPhone = phone, text = "Antrean lama." };

    public sealed class OnSqlite(SqliteHost host) : ComplaintAbuseTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : ComplaintAbuseTests(host), IClassFixture<PostgresHost>;
}
