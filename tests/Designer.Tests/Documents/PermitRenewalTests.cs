using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using MimeKit;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Model.Payloads;
using Mpp.Workflows.Testing;
using Mpp.Workflows.Testing.Mail;

namespace Mpp.Workflows.Designer.Tests.Documents;

/// <summary>
/// A SIP permit's whole life on a clock the test moves, through the real host and a real SMTP server on loopback: the permit
/// issued on Monday 3 August 2026 keeps the dates it prints (to 3 August 2031); 63 days before its end no reminder is due, 59
/// days before exactly one reminder mail is sent however often (and however concurrently) the job runs; its link opens the
/// renewal form of <c>sip-dokter-perpanjangan</c> prefilled with the holder's data, while a changed token, another permit's id
/// or another route's form shows a page saying the link is not valid (403) without any of it; the renewal, filed with those values, goes verification →
/// signature and issues a permit valid from 4 August 2031, the day after the old one ends (not yet valid until then; the link
/// is refused once it is issued); once 3 August 2031 has passed the old permit verifies as expired (API and page), the new one
/// as valid.
/// </summary>
public abstract partial class PermitRenewalTests
{
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(150);
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    protected abstract RenewalHost NewHost();

    [Fact]
    public async Task SipNearExpiry_SendsOneReminder_WhoseLinkPrefillsTheRenewal_WhichContinuesThePermit_AndTheOldOneExpires()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await StartAsync(smtp);
        var store = host.Services.GetRequiredService<IWorkflowStore>();
        using var anonymous = host.CreateClient();

        var first = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await IssueAsync(host, first, "check-completeness", "verify-file", "health-recommendation", "sign-permit");
        var permitMail = await PermitMailAsync(smtp, first.RegistrationNumber);
        var (number, code) = NumberAndCode(permitMail);
        var issued = await VerifyAsync(anonymous, number, code);
        Assert.Equal(("2026-08-03", "2031-08-03", "Valid", true), Facts(issued));

        // 63 days before the end: outside the 60-day window.
        await host.AdvanceToAsync(new DateTimeOffset(2031, 6, 1, 9, 0, 0, Wib));
        await RunReminderJobAsync(host);
        Assert.Empty(await ExpiryRowsAsync(store, first.Id));

        // 59 days before: one reminder, however often and however concurrently the job runs.
        await host.AdvanceToAsync(new DateTimeOffset(2031, 6, 5, 9, 0, 0, Wib));
        await Task.WhenAll(RunReminderJobAsync(host), RunReminderJobAsync(host), RunReminderJobAsync(host));
        await RunReminderJobAsync(host);
        var reminder = (await smtp.WaitForAsync(m => IsReminder(m, number), 1, MailTimeout)).Single();
        Assert.Single(await ExpiryRowsAsync(store, first.Id));
        await Poll.UntilAsync(
            async () => (await store.ListOutboxOfInstanceAsync(first.Id, CancellationToken.None)).All(r => r.Status != OutboxStatuses.Pending),
            MailTimeout, () => Task.FromResult("The application's outbox still has pending rows."));
        Assert.Single(smtp.Messages, m => IsReminder(m, number));
        Assert.Equal("sari@example.org", reminder.To.Mailboxes.Single().Address);
        Assert.Contains("3 Agustus 2031", reminder.TextBody, StringComparison.Ordinal);

        var link = RenewalLink().Match(reminder.TextBody ?? "");
        Assert.True(link.Success, reminder.TextBody);
        var path = new Uri(link.Value).PathAndQuery;
        Assert.StartsWith("/apply/sip-dokter-perpanjangan?izin=", path, StringComparison.Ordinal);
        var form = await anonymous.GetStringAsync(path);
        Assert.Contains("value=\"dr. Sari Wulandari\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"sari@example.org\"", form, StringComparison.Ordinal);
        Assert.Contains($"value=\"{SampleData.Nik}\"", form, StringComparison.Ordinal);
        Assert.Contains($"value=\"{number}\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"Klinik Sehat Pemalang\"", form, StringComparison.Ordinal);
        Assert.Contains("Jl. Jenderal Sudirman 10, Pemalang</textarea>", form, StringComparison.Ordinal);

        await AssertRefusedAsync(anonymous, Tampered(path));
        await AssertRefusedAsync(anonymous, path.Replace("/apply/sip-dokter-perpanjangan", "/apply/sip-dokter", StringComparison.Ordinal));
        await AssertRefusedAsync(anonymous, AnotherPermit(path, first.Id));
        await AssertRefusedAsync(anonymous, "/apply/sip-dokter-perpanjangan?izin=bukan-nomor&token=x");
        await AssertRefusedAsync(anonymous, path[..path.IndexOf("&token=", StringComparison.Ordinal)]);

        // The renewal, filed with what the form showed, takes the shorter path and continues the old permit.
        var renewalData = SampleData.Sip();
        renewalData["nomorIzinLama"] = number;
        var renewal = await host.SubmitAsync("sip-dokter-perpanjangan", renewalData);
        await IssueAsync(host, renewal, "verify-file", "sign-permit");
        var (newNumber, newCode) = NumberAndCode(await PermitMailAsync(smtp, renewal.RegistrationNumber));
        Assert.Matches(@"^503/\d{4}/SIPP/DPMPTSP/2031$", newNumber);
        // Issued before the old one ends, it is not yet valid; the old permit's link no longer shows the holder's data.
        Assert.Equal(("2031-08-04", "2036-08-04", "NotYetValid", false), Facts(await VerifyAsync(anonymous, newNumber, newCode)));
        await AssertRefusedAsync(anonymous, path);

        // After its last day the old permit is expired, not revoked; the renewal stands.
        await host.AdvanceToAsync(new DateTimeOffset(2031, 8, 4, 9, 0, 0, Wib));
        var expired = await VerifyAsync(anonymous, number, code);
        Assert.Equal(("2026-08-03", "2031-08-03", "Expired", false), Facts(expired));
        Assert.Equal((true, false), ((bool)expired["expired"]!, (bool)expired["revoked"]!));
        var page = await anonymous.GetStringAsync($"/verify/{number}?code={code}");
        Assert.Contains("data-verdict=\"expired\"", page, StringComparison.Ordinal);
        Assert.Contains("KEDALUWARSA", page, StringComparison.Ordinal);
        Assert.Contains("Tidak berlaku lagi sejak 4 Agustus 2031", page, StringComparison.Ordinal);
        Assert.DoesNotContain("DICABUT", page, StringComparison.Ordinal);
        Assert.Equal("Valid", (string?)(await VerifyAsync(anonymous, newNumber, newCode))["status"]);
    }

    private static async Task IssueAsync(DesignerHost host, SubmittedApplication application, params string[] steps)
    {
        foreach (var step in steps)
        {
            await host.DecideAsync(application, step, step == "check-completeness" ? "Lengkap"
                : step == "verify-file" ? "Terverifikasi"
                : step == "health-recommendation" ? "Rekomendasi"
                : "Tandatangani");
        }
    }

    private static async Task<MimeMessage> PermitMailAsync(TestSmtpServer smtp, string registrationNumber) =>
        (await smtp.WaitForAsync(
            m => m.Attachments.OfType<MimePart>().Any(p => (p.FileName ?? "").StartsWith("izin-", StringComparison.Ordinal))
                && (m.TextBody ?? "").Contains(registrationNumber, StringComparison.Ordinal),
            1, MailTimeout)).Single();

    private static (string Number, string Code) NumberAndCode(MimeMessage permitMail)
    {
        var match = VerificationLink().Match(permitMail.TextBody ?? "");
        Assert.True(match.Success, permitMail.TextBody);
        return (match.Groups[1].Value, match.Groups[2].Value);
    }

    private static async Task<JsonObject> VerifyAsync(HttpClient client, string number, string code) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/verify/{number}?code={code}"))!;

    private static (string?, string?, string?, bool) Facts(JsonObject verification) =>
        ((string?)verification["validFrom"], (string?)verification["validUntil"], (string?)verification["status"], (bool)verification["valid"]!);

    private static Task RunReminderJobAsync(DesignerHost host) =>
        host.Services.GetRequiredService<PermitExpiryReminderJob>().RunAsync(CancellationToken.None);

    private static async Task<List<OutboxMessage>> ExpiryRowsAsync(IWorkflowStore store, Guid instanceId) =>
        [.. (await store.ListOutboxOfInstanceAsync(instanceId, CancellationToken.None))
            .Where(r => OutboxPayloads.TryRead(r.Kind, r.PayloadJson, out var payload, out _) && payload is PermitExpiryMailPayload)];

    private static bool IsReminder(MimeMessage message, string number) =>
        (message.Subject ?? "").StartsWith($"Masa berlaku izin {number}", StringComparison.Ordinal);

    /// <summary>A stranger's link: neither the holder's data nor a server error, a page saying the link is not valid (403).</summary>
    private static async Task AssertRefusedAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path}: {response.StatusCode}");
        Assert.DoesNotContain("Sari", html, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleData.Nik, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Klinik Sehat", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"renewal-refused\"", html, StringComparison.Ordinal);
    }

    /// <summary>The link with the token's first character changed.</summary>
    private static string Tampered(string path)
    {
        var at = path.IndexOf("&token=", StringComparison.Ordinal) + "&token=".Length;
        return path[..at] + (path[at] == 'A' ? 'B' : 'A') + path[(at + 1)..];
    }

    /// <summary>The holder's token on another id (the application's, which is no permit's).</summary>
    private static string AnotherPermit(string path, Guid other) =>
        Regex.Replace(path, "izin=[0-9a-f-]{36}", $"izin={other:D}");

    private async Task<RenewalHost> StartAsync(TestSmtpServer smtp)
    {
        var host = NewHost();
        foreach (var (key, value) in smtp.HostSettings())
        {
            host.Settings[key] = value;
        }

        host.Settings["Mail:BaseRetryDelay"] = "00:00:00.2";
        host.Settings["PublicBaseUrl"] = "https://mpp.example.go.id";
        await ((IAsyncLifetime)host).InitializeAsync();
        return host;
    }

    [GeneratedRegex(@"https://mpp\.example\.go\.id/apply/[^\s""<>]+")]
    private static partial Regex RenewalLink();

    [GeneratedRegex(@"/verify/(503/\d{4}/[A-Z]+/DPMPTSP/\d{4})\?code=([0-9A-Z-]{23})")]
    private static partial Regex VerificationLink();

    /// <summary>A <see cref="ClockedHost"/> whose staff tokens outlive the five years the test moves through.</summary>
    public abstract class RenewalHost : ClockedHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.Configure<BearerTokenOptions>(BearerTokenDefaults.AuthenticationScheme, o => o.BearerTokenExpiration = TimeSpan.FromDays(3650)));
        }
    }

    public sealed class OnSqlite : PermitRenewalTests
    {
        protected override RenewalHost NewHost() => new SqliteRenewalHost();

        private sealed class SqliteRenewalHost : RenewalHost
        {
            protected override Task ConfigureStorageAsync(TestHostBuilder host) => Task.FromResult(host.OnSqlite());
        }
    }

    public sealed class OnPostgres : PermitRenewalTests
    {
        protected override RenewalHost NewHost() => new PostgresRenewalHost();

        private sealed class PostgresRenewalHost : RenewalHost
        {
            protected override Task ConfigureStorageAsync(TestHostBuilder host) => host.OnPostgresAsync("renewals");
        }
    }
}
