using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Engine.Model;
using Mpp.Workflows.Testing;
using Mpp.Workflows.Testing.Mail;
using Mpp.Workflows.Testing.Tsa;

namespace Mpp.Workflows.Designer.Tests.Documents;

/// <summary>
/// The timestamp authority is down when a document is due: no document is issued without its timestamp (none unsigned in
/// time, none stored, none mailed); the outbox row stays pending with the authority's failure as its error, and once the
/// authority answers again the document is issued, timestamped, and mailed. The authority is a loopback one of this test's own.
/// </summary>
public abstract class TimestampOutageTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(150);

    protected abstract DesignerHost NewHost();

    [Fact]
    public async Task TimestampAuthorityDown_ReceiptWaitsInTheOutbox_ThenIssuedWithTimestampWhenItAnswers()
    {
        await using var tsa = await TestTimestampAuthority.StartAsync();
        await using var smtp = await TestSmtpServer.StartAsync();
        tsa.Available = false;
        await using var host = NewHost();
        foreach (var (key, value) in smtp.HostSettings())
        {
            host.Settings[key] = value;
        }

        host.Settings[TestHostBuilder.TimestampUrlKey] = tsa.Url.ToString();
        host.Settings["Mail:BaseRetryDelay"] = "00:00:00.2";
        host.Settings["Mail:MaxAttempts"] = "1000";
        await ((IAsyncLifetime)host).InitializeAsync();

        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        using var admin = await host.ClientAsync("admin");
        JsonObject? row = null;
        await Poll.UntilAsync(
            async () => (row = (await admin.GetFromJsonAsync<JsonArray>("/api/admin/outbox?status=Pending"))!
                .Select(r => r!.AsObject())
                .FirstOrDefault(r => (string?)r["kind"] == OutboxKinds.IssueDocument && (int)r["attempts"]! >= 2)) is not null,
            Timeout,
            () => Task.FromResult($"No document row failed twice; the TSA refused {tsa.Refused} requests"));
        Assert.Contains("timestamp authority", (string?)row!["lastError"], StringComparison.Ordinal);
        Assert.Contains(tsa.Url.ToString(), (string?)row["lastError"], StringComparison.Ordinal);
        Assert.Empty((await admin.GetFromJsonAsync<JsonArray>($"/api/applications/{app.Id}/documents"))!);
        Assert.DoesNotContain(smtp.Messages, m => DocumentPipelineTests.Pdfs(m).Count > 0);

        tsa.Available = true;

        var mail = (await smtp.WaitForAsync(m => (m.Subject ?? "").Contains(app.RegistrationNumber, StringComparison.Ordinal), 1, Timeout)).Single();
        await DocumentPipelineTests.AssertTimestampedAsync(Assert.Single(DocumentPipelineTests.Pdfs(mail)));
        Assert.True(tsa.Granted >= 1, "the receipt was issued without asking the TSA");
        Assert.Equal("Receipt", (string?)Assert.Single((await admin.GetFromJsonAsync<JsonArray>($"/api/applications/{app.Id}/documents"))!)!["kind"]);
    }

    public sealed class OnSqlite : TimestampOutageTests
    {
        protected override DesignerHost NewHost() => new SqliteHost();
    }

    public sealed class OnPostgres : TimestampOutageTests
    {
        protected override DesignerHost NewHost() => new PostgresHost();
    }
}
