using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;
using Mpp.Workflows.Testing.Mail;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// The tracking token is the applicant's key: after a whole SIP run (receipt, return for revision, resubmission, decisions
/// with idempotency keys, permit) no stored row, file or document holds it, while the applicant still gets it from the
/// submission's answer, the receipt mail and the revision mail's link.
/// </summary>
public abstract class TrackingTokenSecrecyTests
{
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(150);

    protected abstract DesignerHost NewHost();

    /*  submit (with a key) --> receipt + receipt mail --> check-completeness --TidakLengkap--> return-incomplete (revision mail)
        --resubmit--> check-completeness --Lengkap--> verify-file --> health-recommendation --> sign-permit --> permit + mail  */
    [Fact]
    public async Task SipRun_LeavesTheTokenInNoStoredRowFileOrDocument_AndTheApplicantStillGetsIt()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        var host = NewHost();
        foreach (var (key, value) in smtp.HostSettings())
        {
            host.Settings[key] = value;
        }

        host.Settings["Mail:BaseRetryDelay"] = "00:00:00.2";
        host.Settings["PublicBaseUrl"] = "https://mpp.example.go.id";
        await ((IAsyncLifetime)host).InitializeAsync();
        try
        {
            var app = await host.SubmitAsync("sip-dokter", SampleData.Sip(), $"kiosk-{Guid.NewGuid():N}");
            var receiptMail = (await smtp.WaitForAsync(m => (m.Subject ?? "").StartsWith("Tanda terima", StringComparison.Ordinal), 1, MailTimeout)).Single();
            Assert.Contains(app.TrackingToken, receiptMail.TextBody ?? "", StringComparison.Ordinal);
            Assert.Contains($"/track/{app.RegistrationNumber}?token={app.TrackingToken}", receiptMail.TextBody ?? "", StringComparison.Ordinal);

            await DecideWithKeyAsync(host, app, "check-completeness", "TidakLengkap", "Scan STR tidak terbaca");
            var revisionMail = (await smtp.WaitForAsync(m => (m.Subject ?? "").Contains("perlu diperbaiki", StringComparison.Ordinal), 1, MailTimeout)).Single();
            Assert.Contains($"/track/{app.RegistrationNumber}?token={app.TrackingToken}", revisionMail.TextBody ?? "", StringComparison.Ordinal);

            await host.ResubmitAsync(app, new JsonObject { ["nomorStr"] = "STR-7654321" });
            await DecideWithKeyAsync(host, app, "check-completeness", "Lengkap");
            await DecideWithKeyAsync(host, app, "verify-file", "Terverifikasi");
            await DecideWithKeyAsync(host, app, "health-recommendation", "Rekomendasi");
            await DecideWithKeyAsync(host, app, "sign-permit", "Tandatangani");
            await smtp.WaitForAsync(m => m.Attachments.Any(a => (a.ContentDisposition?.FileName ?? "").StartsWith("izin-", StringComparison.Ordinal)), 1, MailTimeout);
            using var admin = await host.ClientAsync("admin");
            await Poll.UntilAsync(
                async () => (await admin.GetFromJsonAsync<JsonArray>("/api/admin/outbox?status=Pending"))!.Count == 0, MailTimeout);

            var scan = await StoredDataScan.OfAsync(host);

            // The scan reads what it should: the registration number is stored (rows, receipt PDF text) and so are the PDFs.
            Assert.Contains(scan.Find(app.RegistrationNumber), w => w.EndsWith("(pdftotext)", StringComparison.Ordinal));
            Assert.True(scan.PdfCount >= 2, $"{scan.PdfCount} stored PDFs read");
            Assert.Empty(scan.Find(app.TrackingToken));
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    /// <summary>Decides the open task of <paramref name="activityId"/> with an <c>Idempotency-Key</c>, so the store keeps its result.</summary>
    private static async Task DecideWithKeyAsync(
        DesignerHost host, SubmittedApplication app, string activityId, string outcome, string? comment = null)
    {
        var task = await host.OpenTaskAsync(app, activityId);
        var user = $"{(string)task["office"]!}.{(string)task["role"]!}".ToLowerInvariant();
        using var client = await host.ClientAsync(user);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{(string)task["id"]!}/complete")
        {
            Content = JsonContent.Create(new { outcome, comment = comment ?? outcome, fields = new JsonObject() }),
        };
        request.Headers.Add("Idempotency-Key", $"{activityId}-{Guid.NewGuid():N}");
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{activityId} → {outcome}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public sealed class OnSqlite : TrackingTokenSecrecyTests
    {
        protected override DesignerHost NewHost() => new SqliteHost();
    }

    public sealed class OnPostgres : TrackingTokenSecrecyTests
    {
        protected override DesignerHost NewHost() => new PostgresHost();
    }
}
