using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MimeKit;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The holder's side of a renewal on a phone (390 × 844 CSS pixels): a SIP permit issued on 3 August 2026 nears its end on
/// 3 August 2031; the reminder mail's link opens the renewal form with the holder's data already in it; the holder sends it as
/// it is, staff verify and sign through the API, and the new permit's verification page says it is valid from 4 August 2031.
/// A changed link shows an explanation and none of the holder's data; after 3 August 2031 the old permit's verification page
/// says it has expired. Every page fits the screen and has no serious or critical axe-core violation.
/// </summary>
[Collection(ClockedBrowserCollection.Name)]
public sealed partial class PermitRenewalBrowserTests(ClockedBrowserHost host)
{
    private const string Email = "perpanjang@example.org";
    private const string Nik = "3327015505900003";
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    [Fact]
    public async Task OnAPhone_TheReminderLinkOpensTheRenewalPrefilled_AndTheRenewalIssuesAContinuingPermit()
    {
        using var api = new HttpClient { BaseAddress = host.BaseAddress };
        using var submitted = await api.PostAsJsonAsync("/api/applications", new JsonObject
        {
            ["definitionId"] = "sip-dokter",
            ["applicant"] = new JsonObject { ["name"] = "dr. Rina Perpanjang", ["email"] = Email, ["phone"] = "081234567899", ["nik"] = Nik },
            ["data"] = new JsonObject
            {
                ["profesi"] = "Bidan", ["nomorStr"] = "STR-7654321", ["tempatPraktik"] = "Praktik Mandiri Bidan Rina",
                ["alamatPraktik"] = "Jl. Pemuda 7, Pemalang", ["jadwalPraktik"] = "Senin–Jumat 16.00–20.00",
            },
        });
        var first = (string)(await submitted.Content.ReadFromJsonAsync<JsonObject>())!["registrationNumber"]!;
        await DecideAsync(first, ("check-completeness", "Lengkap"), ("verify-file", "Terverifikasi"), ("health-recommendation", "Rekomendasi"),
            ("sign-permit", "Tandatangani"));
        var oldPermit = VerificationPath(await PermitMailAsync(first));

        await host.AdvanceToAsync(new DateTimeOffset(2031, 6, 5, 9, 0, 0, Wib));
        await host.Services.GetRequiredService<PermitExpiryReminderJob>().RunAsync(CancellationToken.None);
        var reminder = await MailAsync(m => (m.Subject ?? "").StartsWith("Masa berlaku izin", StringComparison.Ordinal));
        var link = new Uri(RenewalLink().Match(reminder.TextBody ?? "").Value).PathAndQuery;

        var page = await host.NewPhonePageAsync();
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByTestId("renewal-of")).ToContainTextAsync("3 Agustus 2031");
        await Assertions.Expect(page.GetByLabel("Nama pemohon")).ToHaveValueAsync("dr. Rina Perpanjang");
        await Assertions.Expect(page.GetByLabel("Alamat surel")).ToHaveValueAsync(Email);
        await Assertions.Expect(page.GetByLabel("NIK (16 digit)")).ToHaveValueAsync(Nik);
        await Assertions.Expect(page.GetByLabel("Nomor SIP yang diperpanjang")).ToHaveValueAsync(oldPermit.Number);
        await Assertions.Expect(page.GetByLabel("Profesi")).ToHaveValueAsync("Bidan");
        await Assertions.Expect(page.GetByLabel("Nomor STR")).ToHaveValueAsync("STR-7654321");
        await Assertions.Expect(page.GetByLabel("Nama tempat praktik")).ToHaveValueAsync("Praktik Mandiri Bidan Rina");
        await Assertions.Expect(page.GetByLabel("Alamat tempat praktik")).ToHaveValueAsync("Jl. Pemuda 7, Pemalang");
        await BrowserHost.AssertFitsAsync(page, "renewal-01-prefilled");

        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("receipt")).ToBeVisibleAsync();
        var renewal = await page.GetByTestId("registration-number").InnerTextAsync();
        await BrowserHost.AssertFitsAsync(page, "renewal-02-receipt");

        await DecideAsync(renewal, ("verify-file", "Terverifikasi"), ("sign-permit", "Tandatangani"));
        var newPermit = VerificationPath(await PermitMailAsync(renewal));
        await page.GotoAsync(newPermit.Path);
        // Issued before the old permit ends: not yet valid, saying from when.
        await Assertions.Expect(page.Locator("[data-verdict=not-yet-valid]")).ToContainTextAsync("Belum berlaku: mulai berlaku 4 Agustus 2031");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("4 Agustus 2031");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("4 Agustus 2036");
        await BrowserHost.AssertFitsAsync(page, "renewal-03-new-permit-verified");

        // A stranger who changes the link sees why it does not work, and nothing of the holder.
        var stranger = await host.NewPhonePageAsync();
        var response = await stranger.GotoAsync(Regex.Replace(link, "token=[^&]+", "token=bukan-token-saya"));
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(stranger.GetByTestId("renewal-refused")).ToContainTextAsync("Tautan perpanjangan ini tidak berlaku");
        Assert.DoesNotContain("Rina", await stranger.ContentAsync(), StringComparison.Ordinal);
        await BrowserHost.AssertFitsAsync(stranger, "renewal-04-stranger");

        await host.AdvanceToAsync(new DateTimeOffset(2031, 8, 4, 9, 0, 0, Wib));
        await page.GotoAsync(oldPermit.Path);
        await Assertions.Expect(page.Locator("[data-verdict=expired]")).ToContainTextAsync("Tidak berlaku lagi sejak 4 Agustus 2031");
        await page.GotoAsync(newPermit.Path);
        await Assertions.Expect(page.Locator("[data-verdict=valid]")).ToBeVisibleAsync();
        await page.GotoAsync(oldPermit.Path);
        await BrowserHost.AssertFitsAsync(page, "renewal-05-old-permit-expired");
    }


    private Task<MimeMessage> MailAsync(Func<MimeMessage, bool> match) =>
        host.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == Email) && match(m), 1, MailTimeout)
            .ContinueWith(t => t.Result.Last(), TaskScheduler.Default);

    private Task<MimeMessage> PermitMailAsync(string registrationNumber) =>
        MailAsync(m => m.Attachments.OfType<MimePart>().Any(p => (p.FileName ?? "").StartsWith("izin-", StringComparison.Ordinal))
            && (m.TextBody ?? "").Contains(registrationNumber, StringComparison.Ordinal));

    private static (string Number, string Path) VerificationPath(MimeMessage permitMail)
    {
        var match = VerificationLink().Match(permitMail.TextBody ?? "");
        Assert.True(match.Success, permitMail.TextBody);
        return (match.Groups[1].Value, new Uri(match.Value).PathAndQuery);
    }

    /// <summary>Completes each step's open task through the API, as the demo user of its office and role.</summary>
    private async Task DecideAsync(string number, params (string Step, string Outcome)[] decisions)
    {
        foreach (var (step, outcome) in decisions)
        {
            var user = step == "health-recommendation" ? "dinkes.reviewer"
                : step == "check-completeness" ? "dpmptsp.frontoffice"
                : step == "sign-permit" ? "dpmptsp.signer"
                : "dpmptsp.reviewer";
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

    [GeneratedRegex(@"https?://[^\s""<>]+/apply/sip-dokter-perpanjangan\?[^\s""<>]+")]
    private static partial Regex RenewalLink();

    [GeneratedRegex(@"https?://[^\s""<>]+/verify/(503/\d{4}/[A-Z]+/DPMPTSP/\d{4})\?code=[0-9A-Z-]{23}")]
    private static partial Regex VerificationLink();
}
