using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Search;

/// <summary>
/// <c>GET /api/applications</c> as the staff search on the real host: each field finds a file for the office that handles it
/// and never for another office, keyset pages carry every file once while new ones arrive, numbered pages keep their old
/// shape, and every bad parameter is a 400 naming it.
/// </summary>
public abstract class SearchApiTests(DesignerHost host)
{
    [Fact]
    public async Task EachField_FindsTheFileForItsOffice_AndNeverForAnother()
    {
        var (name, nik) = NewApplicant();
        var file = await SubmitAsync(name, nik);
        var today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var searches = new[]
        {
            $"number={file.RegistrationNumber}",
            $"number={file.RegistrationNumber.ToLowerInvariant()[..^3]}",
            $"nik={nik}",
            // As copied from an ID card, in groups of four.
            $"nik={Uri.EscapeDataString(string.Join(' ', nik.Chunk(4).Select(c => new string(c))))}",
            $"name={Uri.EscapeDataString(name.ToUpperInvariant()[..12])}",
            $"nik={nik}&definitionId=sip-dokter&status=InProgress&from={today}&to={today}",
        };
        using var frontOffice = await host.ClientAsync("dpmptsp.frontoffice");
        using var dishub = await host.ClientAsync("dishub.reviewer");
        using var admin = await host.ClientAsync("admin");

        foreach (var search in searches)
        {
            foreach (var (client, finds) in new[] { (frontOffice, true), (admin, true), (dishub, false) })
            {
                var page = await client.GetFromJsonAsync<JsonObject>($"/api/applications?{search}&after=&pageSize=100");
                var ids = page!["items"]!.AsArray().Select(i => (Guid)i!["id"]!).ToList();
                Assert.True(ids.Contains(file.Id) == finds, $"{search}: {page}");
            }
        }

        var found = await frontOffice.GetFromJsonAsync<JsonObject>($"/api/applications?nik={nik}&after=");
        var item = Assert.Single(found!["items"]!.AsArray())!;
        Assert.Equal((file.RegistrationNumber, name, "InProgress"), ((string)item["registrationNumber"]!, (string)item["applicantName"]!, (string)item["status"]!));
        Assert.Null(found["total"]);
        Assert.Null(found["page"]);
        Assert.Null(found["next"]);
    }

    [Fact]
    public async Task KeysetPages_CarryEveryFileOnce_WhileNewOnesArrive()
    {
        var family = "Keluarga " + Letters(10);
        var filed = new List<Guid>();
        for (var n = 0; n < 5; n++)
        {
            filed.Add((await SubmitAsync($"{family} {Letters(4)}", NewApplicant().Nik)).Id);
        }

        using var frontOffice = await host.ClientAsync("dpmptsp.frontoffice");
        var url = $"/api/applications?name={Uri.EscapeDataString(family)}&pageSize=2&after=";
        var seen = new List<Guid>();
        var next = string.Empty;
        do
        {
            var page = await frontOffice.GetFromJsonAsync<JsonObject>(url + Uri.EscapeDataString(next));
            seen.AddRange(page!["items"]!.AsArray().Select(i => (Guid)i!["id"]!));
            next = (string?)page["next"] ?? string.Empty;
            await SubmitAsync($"{family} {Letters(4)}", NewApplicant().Nik);
        }
        while (next.Length > 0);

        filed.Reverse();
        Assert.Equal(filed, seen);
    }

    [Fact]
    public async Task NumberedPages_KeepTheirShape_AndOfferTheNextKeysetPage()
    {
        var family = "Halaman " + Letters(10);
        var older = await SubmitAsync($"{family} Satu", NewApplicant().Nik);
        var newer = await SubmitAsync($"{family} Dua", NewApplicant().Nik);
        using var frontOffice = await host.ClientAsync("dpmptsp.frontoffice");

        var first = await frontOffice.GetFromJsonAsync<JsonObject>($"/api/applications?name={Uri.EscapeDataString(family)}&page=1&pageSize=1");
        var rest = await frontOffice.GetFromJsonAsync<JsonObject>(
            $"/api/applications?name={Uri.EscapeDataString(family)}&pageSize=1&after={(string)first!["next"]!}");

        Assert.Equal((1, 1, 2L), ((int)first["page"]!, (int)first["pageSize"]!, (long)first["total"]!));
        Assert.Equal(newer.Id, (Guid)first["items"]![0]!["id"]!);
        Assert.Equal(older.Id, (Guid)rest!["items"]![0]!["id"]!);
        Assert.Null(rest["next"]);
    }

    [Theory]
    [InlineData("nik=12345", "nik")]
    [InlineData("nik=33270155059000AB", "nik")]
    [InlineData("number=503/SIP/2026", "number")]
    [InlineData("name=%01Budi", "name")]
    [InlineData("status=Sleeping", "status")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=1999-12-31", "from")]
    [InlineData("to=1.3.2026", "to")]
    [InlineData("from=2026-03-10&to=2026-03-09", "to")]
    [InlineData("after=garbage", "after")]
    [InlineData("after=AgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "after")]
    [InlineData("page=2&after=", "page")]
    [InlineData("pageSize=0&after=", "page")]
    [InlineData("definitionId=%00", "definitionId")]
    public async Task ABadParameter_Is400ProblemDetailsNamingIt(string query, string parameter)
    {
        using var frontOffice = await host.ClientAsync("dpmptsp.frontoffice");

        using var response = await frontOffice.GetAsync($"/api/applications?{query}");

        Assert.Equal([parameter], Problems.ErrorKeys(await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task Applicants_CannotSearch()
    {
        using var anonymous = host.CreateClient();

        using var response = await anonymous.GetAsync("/api/applications?nik=3327015505900001&after=");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<SubmittedApplication> SubmitAsync(string name, string nik)
    {
        var submission = SampleData.Submission("sip-dokter", SampleData.Sip());
        submission["applicant"]!["name"] = name;
        submission["applicant"]!["nik"] = nik;
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/applications", submission);
        var body = await Problems.ReadObjectAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        return new SubmittedApplication(
            Guid.Parse((string)body["id"]!), (string)body["registrationNumber"]!, (string)body["trackingToken"]!, (int)body["definitionVersion"]!);
    }

    private static (string Name, string Nik) NewApplicant() =>
        ("Pemohon " + Letters(12), "3327" + string.Concat(Guid.NewGuid().ToByteArray().Take(12).Select(b => (char)('0' + (b % 10)))));

    private static string Letters(int count) =>
        string.Concat(Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).Take(count).Select(b => (char)('a' + (b % 26))));

    public sealed class OnSqlite(SqliteHost host) : SearchApiTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : SearchApiTests(host), IClassFixture<PostgresHost>;
}
