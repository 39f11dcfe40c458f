using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using MimeKit;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Testing;
using Mpp.Workflows.Testing.Mail;
using Mpp.Workflows.Testing.Pdf;

namespace Mpp.Workflows.Designer.Tests.Documents;

/// <summary>
/// The document and mail pipeline through the real host and a real SMTP server on loopback: receipt and permit mails with
/// their PDFs (each a PAdES B-T signature timestamped by the loopback TSA), verification by permit number and check code, revocation, and delivery across an outage of the relay and a host restart.
/// Each test starts its own host, because the SMTP settings differ per test.
/// </summary>
public abstract partial class DocumentPipelineTests
{
    /// <summary>
    /// Mail normally arrives within seconds. The bound is wide for a loaded 2-core machine; the minute-long silences once
    /// seen here came from Hangfire's process-wide defaults (see JobServerIsolationTests), not from load.
    /// </summary>
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(150);

    protected abstract DesignerHost NewHost();

    /*  submit --> [receipt issued + receipt mail] --> check-completeness --Lengkap--> verify-file --Terverifikasi-->
            health-recommendation --Rekomendasi--> sign-permit --Tandatangani--> issue-permit --> email-permit --> end  */
    [Fact]
    public async Task Sip_FromSubmissionToPermit_MailsReceiptAndPermitWhosePdfHashMatchesVerification()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await StartAsync(smtp);

        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var receiptMail = (await smtp.WaitForAsync(m => (m.Subject ?? "").Contains(app.RegistrationNumber, StringComparison.Ordinal), 1, MailTimeout)).Single();
        var receiptPdf = Assert.Single(Pdfs(receiptMail));
        Assert.StartsWith("tanda-terima-", receiptPdf.FileName ?? "", StringComparison.Ordinal);
        Assert.Contains(app.TrackingToken, (receiptMail.TextBody ?? ""), StringComparison.Ordinal);
        Assert.Contains($"/track/{app.RegistrationNumber}?token=", (receiptMail.TextBody ?? ""), StringComparison.Ordinal);
        await AssertTimestampedAsync(receiptPdf);

        await host.DecideAsync(app, "check-completeness", "Lengkap");
        await host.DecideAsync(app, "verify-file", "Terverifikasi");
        await host.DecideAsync(app, "health-recommendation", "Rekomendasi");
        await host.DecideAsync(app, "sign-permit", "Tandatangani");

        var permitMail = (await smtp.WaitForAsync(m => Pdfs(m).Any(p => (p.FileName ?? "").StartsWith("izin-", StringComparison.Ordinal)), 1, MailTimeout)).Single();
        Assert.Equal("sari@example.org", permitMail.To.Mailboxes.Single().Address);
        Assert.NotNull(permitMail.HtmlBody);
        var attachment = Pdfs(permitMail).Single();
        var attachmentHash = Convert.ToHexStringLower(SHA256.HashData(Bytes(attachment)));
        await AssertTimestampedAsync(attachment);

        using var anonymous = host.CreateClient();
        var documents = await anonymous.GetFromJsonAsync<JsonArray>($"/api/applications/{app.Id}/documents?token={Uri.EscapeDataString(app.TrackingToken)}");
        var permit = documents!.Select(d => d!.AsObject()).Single(d => (string?)d["kind"] == "Permit");
        var number = (string)permit["number"]!;
        Assert.Matches(@"^503/\d{4}/SIP/DPMPTSP/\d{4}$", number);
        Assert.Contains(number, (permitMail.TextBody ?? ""), StringComparison.Ordinal);

        var code = CheckCode().Match(await PdfText.OfAsync(attachment)).Groups[1].Value;

        // The mail's verification link carries the same code, so the holder who follows it sees the full record.
        Assert.Contains($"/verify/{number}?code={code}", permitMail.TextBody ?? "", StringComparison.Ordinal);
        var verification = await anonymous.GetFromJsonAsync<JsonObject>($"/api/verify/{number}?code={code}");
        Assert.Equal(attachmentHash, (string?)verification!["sha256"]);
        Assert.True((bool)verification["valid"]!);
        Assert.False((bool)verification["revoked"]!);
        Assert.Equal("Permit", (string?)verification["kind"]);
        Assert.Equal("dr. Sari Wulandari", (string?)verification["holder"]);

        var download = await anonymous.GetByteArrayAsync($"/api/documents/{(string)permit["id"]!}?token={Uri.EscapeDataString(app.TrackingToken)}");
        Assert.Equal(attachmentHash, Convert.ToHexStringLower(SHA256.HashData(download)));

        var typedSmall = await anonymous.GetFromJsonAsync<JsonObject>($"/api/verify/{number.ToLowerInvariant()}?code={code.ToLowerInvariant()}");
        Assert.Equal("dr. Sari Wulandari", (string?)typedSmall!["holder"]);

        var page = await anonymous.GetStringAsync($"/verify/{number}?code={code}");
        Assert.Contains("SAH", page, StringComparison.Ordinal);
        Assert.Contains(attachmentHash, page, StringComparison.Ordinal);
        Assert.Contains("DocumentIssued", (await host.GetApplicationAsync(app.Id))["history"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_ByAdmin_IsAuditedAndShownByVerification()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await StartAsync(smtp);
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        await host.DecideAsync(app, "verify-file", "Terverifikasi");
        await host.DecideAsync(app, "health-recommendation", "Rekomendasi");
        await host.DecideAsync(app, "sign-permit", "Tandatangani");
        await smtp.WaitForAsync(m => Pdfs(m).Any(p => (p.FileName ?? "").StartsWith("izin-", StringComparison.Ordinal)), 1, MailTimeout);
        using var admin = await host.ClientAsync("admin");
        var permit = (await admin.GetFromJsonAsync<JsonArray>($"/api/applications/{app.Id}/documents"))!
            .Select(d => d!.AsObject()).Single(d => (string?)d["kind"] == "Permit");

        using var reviewer = await host.ClientAsync("dinkes.reviewer");
        using var refused = await reviewer.PostAsJsonAsync($"/api/documents/{permit["id"]}/revoke", new { reason = "Salah cetak" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var revoked = await admin.PostAsJsonAsync($"/api/documents/{permit["id"]}/revoke", new { reason = "STR dicabut oleh konsil" });
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        using var anonymous = host.CreateClient();
        var verification = await anonymous.GetFromJsonAsync<JsonObject>($"/api/verify/{permit["number"]}");
        Assert.False((bool)verification!["valid"]!);
        Assert.True((bool)verification["revoked"]!);
        Assert.Contains("DICABUT", await anonymous.GetStringAsync($"/verify/{permit["number"]}"), StringComparison.Ordinal);
        var history = (await host.GetApplicationAsync(app.Id))["history"]!.AsArray().Select(e => e!.AsObject());
        var entry = Assert.Single(history, e => (string?)e["event"] == "DocumentRevoked");
        Assert.Equal("admin", (string?)entry["actor"]);
        Assert.Equal("STR dicabut oleh konsil", (string?)entry["comment"]);
    }

    [Fact]
    public async Task Verify_UnknownNumber_IsPlainNotFound()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await StartAsync(smtp);
        using var client = host.CreateClient();

        using var api = await client.GetAsync("/api/verify/503/9999/SIP/DPMPTSP/2026");
        using var page = await client.GetAsync("/verify/503%2F9999%2FSIP%2FDPMPTSP%2F2026");

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var problem = await api.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Not found", (string?)problem!["title"]);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("tidak ditemukan", html, StringComparison.Ordinal);
        Assert.Contains("503/9999/SIP/DPMPTSP/2026", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnForRevision_MailsReasonsAndResubmitLink()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await StartAsync(smtp);
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());

        await host.DecideAsync(app, "check-completeness", "TidakLengkap", comment: "Scan STR tidak terbaca");

        var mail = (await smtp.WaitForAsync(m => (m.Subject ?? "").Contains("perlu diperbaiki", StringComparison.Ordinal), 1, MailTimeout)).Single();
        Assert.Contains("Scan STR tidak terbaca", (mail.TextBody ?? ""), StringComparison.Ordinal);
        Assert.Contains($"/track/{app.RegistrationNumber}", (mail.TextBody ?? ""), StringComparison.Ordinal);
    }

    /*  reklame: check-completeness --Lengkap--> fork-survey --> survey-satpolpp --Layak (commented)--> join-survey
                                                          --> survey-pupr --TidakLayak (no comment)--> issue-rejection  */
    [Fact]
    public async Task RejectionLetter_QuotesTheRefusingDecision_NotAParallelTasksComment()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await StartAsync(smtp);
        var app = await host.SubmitAsync("reklame", SampleData.Reklame());
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        await host.DecideAsync(app, "survey-satpolpp", "Layak", comment: "Lokasi papan aman dari jalan");
        // A refusal needs a reason, so the refusing decision's own comment is what the letter and the mail quote.
        await host.DecideAsync(app, "survey-pupr", "TidakLayak", comment: "Papan menutupi rambu lalu lintas");

        var mail = (await smtp.WaitForAsync(m => Pdfs(m).Any(p => (p.FileName ?? "").StartsWith("surat-penolakan", StringComparison.Ordinal)), 1, MailTimeout)).Single();
        var refusal = Pdfs(mail).Single(p => (p.FileName ?? "").StartsWith("surat-penolakan", StringComparison.Ordinal));
        var letter = await PdfText.OfAsync(refusal);
        await AssertTimestampedAsync(refusal);

        Assert.Contains("Papan menutupi rambu lalu lintas", letter, StringComparison.Ordinal);
        Assert.True((mail.TextBody ?? "").Contains("Papan menutupi rambu lalu lintas", StringComparison.Ordinal), mail.TextBody);
        Assert.DoesNotContain(RejectionReasons.Fallback, letter, StringComparison.Ordinal);
        Assert.DoesNotContain("Lokasi papan aman", letter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_OfAnotherApplicantOrOffice_AreRefused()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await StartAsync(smtp);
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await smtp.WaitForAsync(m => (m.Subject ?? "").Contains(app.RegistrationNumber, StringComparison.Ordinal), 1, MailTimeout);

        using var anonymous = host.CreateClient();
        using var wrongToken = await anonymous.GetAsync($"/api/applications/{app.Id}/documents?token=salah");
        using var pupr = await host.ClientAsync("pupr.reviewer");
        using var otherOffice = await pupr.GetAsync($"/api/applications/{app.Id}/documents");
        using var front = await host.ClientAsync("dpmptsp.frontoffice");
        var own = await front.GetFromJsonAsync<JsonArray>($"/api/applications/{app.Id}/documents");

        Assert.Equal(HttpStatusCode.NotFound, wrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherOffice.StatusCode);
        Assert.Equal("Receipt", (string?)Assert.Single(own!)!["kind"]);
    }

    /// <summary>
    /// The relay goes away while mails are queued: they stay pending with the error and no attempt used up, the host process is
    /// restarted, the relay comes back, and every mail arrives once per outbox row, always under that row's Message-Id.
    /// </summary>
    [Fact]
    public async Task SmtpOutage_MailsQueueAcrossRestart_AndEachArrivesUnderOneMessageId()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        var host = await StartAsync(smtp);
        try
        {
            var first = await host.SubmitAsync("sip-dokter", SampleData.Sip());
            await smtp.WaitForAsync(m => (m.Subject ?? "").Contains(first.RegistrationNumber, StringComparison.Ordinal), 1, MailTimeout);

            await smtp.StopAsync();
            var during = new List<SubmittedApplication>();
            for (var i = 0; i < 3; i++)
            {
                during.Add(await host.SubmitAsync("sip-dokter", SampleData.Sip()));
            }

            using var admin = await host.ClientAsync("admin");
            await Poll.UntilAsync(
                async () =>
                {
                    var pending = await admin.GetFromJsonAsync<JsonArray>("/api/admin/outbox?status=Pending");
                    return pending!.Count(r => (string?)r!["kind"] == "Email" && (int)r["attempts"]! == 0 && r["lastError"] is not null) >= 3;
                },
                MailTimeout);
            await host.DisposeAsync();

            await smtp.StartAgainAsync();
            await using var restarted = host.Restarted();
            _ = restarted.Server;

            var all = new[] { first }.Concat(during).ToList();
            await smtp.WaitForAsync(m => all.Any(a => (m.Subject ?? "").Contains(a.RegistrationNumber, StringComparison.Ordinal)), all.Count, MailTimeout);
            using var restartedAdmin = restarted.CreateClient();
            restartedAdmin.DefaultRequestHeaders.Authorization = new("Bearer", await host.TokenAsync("admin"));

            // Every send, a repeated one too, is of a row still pending: rows are claimed only while pending, and a row becomes
            // Sent only after the relay accepted its mail. Once no mail row is pending, every send there will be has arrived.
            List<JsonNode?> pendingMail = [];
            await Poll.UntilAsync(
                async () => (pendingMail = [.. (await restartedAdmin.GetFromJsonAsync<JsonArray>("/api/admin/outbox?status=Pending"))!
                    .Where(r => (string?)r!["kind"] == "Email")]).Count == 0,
                MailTimeout,
                () => Task.FromResult("Mail rows still pending: " + string.Join("; ", pendingMail.Select(r => r!.ToJsonString()))));
            var mails = smtp.Messages.Where(m => all.Any(a => (m.Subject ?? "").Contains(a.RegistrationNumber, StringComparison.Ordinal))).ToList();
            foreach (var application in all)
            {
                var ids = mails.Where(m => (m.Subject ?? "").Contains(application.RegistrationNumber, StringComparison.Ordinal))
                    .Select(m => m.MessageId).Distinct(StringComparer.Ordinal).ToList();
                Assert.Single(ids);
            }

            Assert.Equal(all.Count, mails.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count());
            var failed = await restartedAdmin.GetFromJsonAsync<JsonArray>("/api/admin/outbox?status=Failed");
            Assert.Empty(failed!);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    private async Task<DesignerHost> StartAsync(TestSmtpServer smtp)
    {
        var host = NewHost();
        foreach (var (key, value) in smtp.HostSettings())
        {
            host.Settings[key] = value;
        }

        host.Settings["Mail:BaseRetryDelay"] = "00:00:00.2";
        host.Settings["Mail:MaxAttempts"] = "30";
        host.Settings["PublicBaseUrl"] = "https://mpp.example.go.id";
        await ((IAsyncLifetime)host).InitializeAsync();
        return host;
    }

    /// <summary>The mailed PDF carries a PAdES B-T signature with the loopback TSA's timestamp (pdfsig, openssl, qpdf).</summary>
    internal static async Task AssertTimestampedAsync(MimePart pdf)
    {
        var directory = Directory.CreateTempSubdirectory("mpp-signed-").FullName;
        try
        {
            var path = Path.Combine(directory, pdf.FileName ?? "document.pdf");
            await File.WriteAllBytesAsync(path, Bytes(pdf));
            await SignatureInspection.AssertBaselineTAsync(path);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    internal static List<MimePart> Pdfs(MimeMessage message) =>
        [.. message.Attachments.OfType<MimePart>().Where(p => p.ContentType.MimeType == "application/pdf")];

    internal static byte[] Bytes(MimePart part)
    {
        using var buffer = new MemoryStream();
        part.Content!.DecodeTo(buffer);
        return buffer.ToArray();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![=\w-])([0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5})(?![\w-])")]
    private static partial System.Text.RegularExpressions.Regex CheckCode();

    public sealed class OnSqlite : DocumentPipelineTests
    {
        protected override DesignerHost NewHost() => new SqliteHost();
    }

    public sealed class OnPostgres : DocumentPipelineTests
    {
        protected override DesignerHost NewHost() => new PostgresHost();
    }
}
