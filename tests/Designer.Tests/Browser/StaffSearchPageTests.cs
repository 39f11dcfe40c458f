using System.Net.Http.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The staff search page (<c>/applications</c>, "Cari berkas") on a 390 px phone: a name finds the office's files newest
/// first, twenty to a page with "Berikutnya" to the rest, each row naming its service and status in words and linking to
/// the file; another office finds none of them; a malformed NIK is explained beside the form. Never wider than the
/// screen, nothing serious for axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffSearchPageTests(BrowserHost host)
{
    private const int Phone = 390;

    [Fact]
    public async Task AName_FindsTheOfficesFiles_PageByPage_OnA390PxPhone()
    {
        var family = "Cari Ponsel " + string.Concat(Guid.NewGuid().ToByteArray().Take(8).Select(b => (char)('a' + (b % 26))));
        var numbers = new List<string>();
        // The browser tests share one host: each file goes back to its applicant at once, so the front office keeps having
        // done a task in it (the search finds it) but the 21 do not crowd the office's open inbox, where other tests look
        // for their own new file on the first page.
        using var frontOffice = await TokenClientAsync("dpmptsp.frontoffice");
        for (var n = 0; n < 21; n++)
        {
            var (id, number) = await SubmitSipAsync($"{family} {n:D2}", $"33270155059{n:D5}");
            await ReturnToApplicantAsync(frontOffice, id);
            numbers.Add(number);
        }

        numbers.Reverse();
        var staff = await host.SignedInPageAsync("dpmptsp.frontoffice", Phone);
        await staff.GotoAsync("/");
        await staff.GetByTestId("nav-search").ClickAsync();
        await staff.GetByTestId("search-name").FillAsync(family.ToUpperInvariant());
        await staff.GetByTestId("search-submit").ClickAsync();

        var rows = staff.GetByTestId("search-row");
        await Assertions.Expect(rows).ToHaveCountAsync(20);
        Assert.Equal(numbers[..20], await rows.Locator("td.title a").AllInnerTextsAsync());
        var first = rows.First;
        await Assertions.Expect(first.Locator("td[data-label='Layanan']")).ToContainTextAsync("Surat Izin Praktik");
        await Assertions.Expect(first.Locator("td[data-label='Status']")).ToHaveTextAsync("Menunggu perbaikan pemohon");
        await BrowserHost.AssertFitsAsync(staff, "phone-search-01-results");

        await staff.GetByTestId("search-next").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Locator("td.title a")).ToHaveTextAsync(numbers[20]);
        await Assertions.Expect(staff.GetByTestId("search-next")).ToHaveCountAsync(0);
        await BrowserHost.AssertFitsAsync(staff, "phone-search-02-next");

        await rows.Locator("td.title a").ClickAsync();
        await Poll.UntilAsync(
            () => System.Text.RegularExpressions.Regex.IsMatch(staff.Url, "/applications/[0-9a-f-]{36}$"),
            TimeSpan.FromSeconds(30),
            () => $"The row's link led to {staff.Url}.");

        var dishub = await host.SignedInPageAsync("dishub.reviewer", Phone);
        await dishub.GotoAsync($"/applications?nama={Uri.EscapeDataString(family)}");
        await Assertions.Expect(dishub.GetByTestId("search-empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AMalformedNik_IsExplainedBesideTheForm_OnA390PxPhone()
    {
        var staff = await host.SignedInPageAsync("dpmptsp.frontoffice", Phone);

        await staff.GotoAsync("/applications?nik=12345&dari=2026-02-30");

        var errors = staff.GetByTestId("search-errors");
        await Assertions.Expect(errors).ToContainTextAsync("NIK terdiri atas tepat 16 angka.");
        await Assertions.Expect(errors).ToContainTextAsync("tahun-bulan-hari, mis. 2026-12-01");
        await Assertions.Expect(staff.GetByTestId("search-nik")).ToHaveAttributeAsync("aria-invalid", "true");
        // A refused search ran no query, so it does not say that nothing was found.
        await Assertions.Expect(staff.GetByTestId("search-empty")).ToHaveCountAsync(0);
        await staff.GotoAsync("/applications?status=Tidur");
        await Assertions.Expect(staff.GetByTestId("search-errors")).ToContainTextAsync("Sedang diproses");
        await Assertions.Expect(staff.GetByTestId("search-errors")).Not.ToContainTextAsync("InProgress");
        await BrowserHost.AssertFitsAsync(staff, "phone-search-03-refused");
    }

    private async Task<(string Id, string Number)> SubmitSipAsync(string name, string nik)
    {
        var submission = SampleData.Submission("sip-dokter", SampleData.Sip());
        submission["applicant"]!["name"] = name;
        submission["applicant"]!["nik"] = nik;
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var response = await client.PostAsJsonAsync("/api/applications", submission);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}");
        return ((string)body!["id"]!, (string)body["registrationNumber"]!);
    }

    private async Task<HttpClient> TokenClientAsync(string username)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = "demo12345" });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}");
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", (string)body!["accessToken"]!);
        return client;
    }

    private static async Task ReturnToApplicantAsync(HttpClient frontOffice, string applicationId)
    {
        var tasks = (await frontOffice.GetFromJsonAsync<JsonArray>("/api/tasks?scope=office&status=open"))!;
        var task = tasks.Single(t => (string?)t!["applicationId"] == applicationId)!;
        using var response = await frontOffice.PostAsJsonAsync(
            $"/api/tasks/{task["id"]}/complete", new { outcome = "TidakLengkap", comment = "Mohon lengkapi pas foto." });
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
