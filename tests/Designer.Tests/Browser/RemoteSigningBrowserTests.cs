using System.Net.Http.Headers;
using System.Net.Http.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using Mpp.Workflows.Designer.Tests.Documents.Signing;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The head of DPMPTSP signs a SIP permit on the task page with <c>Signing:Mode = Remote</c>, against the BSrE-shaped
/// service on loopback (<see cref="LocalBsreService"/>; the real one cannot be reached from here): the page asks for the
/// certificate's passphrase only at the signing step; a wrong one shows the service's refusal in Indonesian beside the field,
/// keeps the task open and never fills the passphrase back in; the right one signs and the permit exists. The page fits a
/// 390 px phone and has no serious or critical axe-core violation.
/// </summary>
[Collection(RemoteSigningBrowserCollection.Name)]
public sealed class RemoteSigningBrowserTests(RemoteSigningBrowserHost host)
{
    private const string Right = "Kunci-Benar#2026";
    private const string Wrong = "Salah-Ketik#1999";

    [Fact]
    public async Task Head_SignsOnTheTaskPage_AWrongPassphraseKeepsTheTaskOpen_TheRightOneIssuesThePermit()
    {
        host.Bsre.Register(RemoteSigningBrowserHost.Nik, "Dr. Hj. Kepala DPMPTSP", Right);
        using var api = new HttpClient { BaseAddress = host.BaseAddress };
        using var submitted = await api.PostAsJsonAsync("/api/applications", new JsonObject
        {
            ["definitionId"] = "sip-dokter",
            ["applicant"] = new JsonObject { ["name"] = "dr. Sekar Tanda", ["email"] = "sekar@example.org", ["phone"] = "081234567811", ["nik"] = "3327015505900011" },
            ["data"] = new JsonObject
            {
                ["profesi"] = "Dokter", ["nomorStr"] = "STR-1112223", ["tempatPraktik"] = "Klinik Sekar",
                ["alamatPraktik"] = "Jl. Gatot Subroto 3, Pemalang", ["jadwalPraktik"] = "Senin–Jumat 08.00–12.00",
            },
        });
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        var created = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!;
        var number = (string)created["registrationNumber"]!;
        var id = (string)created["id"]!;
        await DecideAsync(number, ("check-completeness", "Lengkap"), ("verify-file", "Terverifikasi"), ("health-recommendation", "Rekomendasi"));

        var page = await host.SignedInPageAsync("dpmptsp.signer");
        await (await BrowserHost.OpenInboxRowAsync(page, number)).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("decision-form")).ToHaveCountAsync(1);
        await page.SetViewportSizeAsync(390, 844);
        await Assertions.Expect(page.GetByTestId("passphrase-field")).ToContainTextAsync("Passphrase sertifikat elektronik (BSrE)");
        await Assertions.Expect(page.GetByTestId("passphrase-field")).ToContainTextAsync("Tandatangani");
        await BrowserHost.AssertFitsAsync(page, "remote-signing-01-passphrase-field");

        await page.GetByLabel("Keputusan").SelectOptionAsync("Tandatangani");
        await page.GetByLabel("Passphrase sertifikat elektronik (BSrE)").FillAsync(Wrong);
        await page.GetByRole(AriaRole.Button, new() { Name = "Selesaikan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("passphrase-error")).ToContainTextAsync("Passphrase tidak cocok");
        await Assertions.Expect(page.GetByTestId("decision-form")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByLabel("Passphrase sertifikat elektronik (BSrE)")).ToHaveValueAsync("");
        Assert.DoesNotContain(Wrong, await page.ContentAsync(), StringComparison.Ordinal);
        await BrowserHost.AssertFitsAsync(page, "remote-signing-02-wrong-passphrase");
        Assert.Empty(await PermitsAsync(id));

        await page.GetByLabel("Keputusan").SelectOptionAsync("Tandatangani");
        await page.GetByLabel("Passphrase sertifikat elektronik (BSrE)").FillAsync(Right);
        await page.GetByRole(AriaRole.Button, new() { Name = "Selesaikan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Tersimpan.");
        await BrowserHost.ScreenshotAsync(page, "remote-signing-03-signed");
        var permit = Assert.Single(await PermitsAsync(id));
        Assert.Matches(@"^503/\d{4}/SIP/DPMPTSP/\d{4}$", (string)permit["number"]!);
        Assert.Equal(2, host.Bsre.Requests.Count);
    }


    private async Task<List<JsonObject>> PermitsAsync(string applicationId)
    {
        using var admin = await StaffClientAsync("admin");
        return (await admin.GetFromJsonAsync<JsonArray>($"/api/applications/{applicationId}/documents"))!
            .Select(d => d!.AsObject()).Where(d => (string?)d["kind"] == "Permit").ToList();
    }

    /// <summary>Completes each step's open task through the API, as the demo user of its office and role.</summary>
    private async Task DecideAsync(string number, params (string Step, string Outcome)[] decisions)
    {
        foreach (var (step, outcome) in decisions)
        {
            var user = step == "health-recommendation" ? "dinkes.reviewer" : step == "check-completeness" ? "dpmptsp.frontoffice" : "dpmptsp.reviewer";
            using var client = await StaffClientAsync(user);
            JsonObject? task = null;
            await Poll.UntilAsync(
                async () =>
                {
                    task = (await client.GetFromJsonAsync<JsonArray>("/api/tasks"))!.Select(t => t!.AsObject())
                        .FirstOrDefault(t => (string?)t["registrationNumber"] == number && (string?)t["activityId"] == step);
                    return task is not null;
                },
                TimeSpan.FromSeconds(30), () => Task.FromResult($"No open task {step} of {number}."));
            using var response = await client.PostAsJsonAsync(
                $"/api/tasks/{(string)task!["id"]!}/complete", new { outcome, comment = $"{outcome} ({user})", fields = new JsonObject() });
            Assert.True(response.IsSuccessStatusCode, $"{step} → {outcome}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private async Task<HttpClient> StaffClientAsync(string username)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = BrowserHost.Password });
        response.EnsureSuccessStatusCode();
        var token = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary>The browser host signing permits through <see cref="LocalBsreService"/>, which it starts and stops with itself.</summary>
public sealed class RemoteSigningBrowserHost : BrowserHost
{
    public const string Nik = "3327011203750004";

    public LocalBsreService Bsre { get; } = LocalBsreService.StartAsync().GetAwaiter().GetResult();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Signing:Mode", "Remote");
        builder.UseSetting("Signing:Remote:BaseUrl", Bsre.BaseUrl);
        builder.UseSetting("Signing:Remote:Username", LocalBsreService.ClientUser);
        builder.UseSetting("Signing:Remote:Password", LocalBsreService.ClientPassword);
        builder.UseSetting("Signing:Remote:Officials:dpmptsp.signer", Nik);
        builder.UseSetting("Signing:Remote:Timeout", "00:00:20");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Bsre.DisposeAsync();
    }
}

/// <summary>A host of its own (remote signing), run alone to spare the machine's cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RemoteSigningBrowserCollection : ICollectionFixture<RemoteSigningBrowserHost>
{
    public const string Name = "Browser remote signing";
}
