using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;
using Mpp.Workflows.Testing.Mail;

namespace Mpp.Workflows.Designer.Tests.Observability;

/// <summary>
/// <c>/metrics</c> after applications moved, on both stores: transitions counted by command and outcome, open tasks per
/// office and the outbox backlog read from the store, SMTP failures counted (the relay is a closed port, so mails wait), and
/// request latency from ASP.NET Core.
/// </summary>
public abstract class MetricsTests(MetricsTests.MonitoredHost host)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /*  A: submit → check-completeness:Lengkap → verify-file:Terverifikasi → health-recommendation:Rekomendasi → sign-permit:Tandatangani
        B: submit (open at check-completeness); a reviewer of another office tries to decide it (403)  */
    [Fact]
    public async Task Scrape_AfterApplicationsMove_CountsTransitions_AndReadsOpenTasksAndOutboxBacklog()
    {
        var completed = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(completed, "check-completeness", "Lengkap");
        await host.DecideAsync(completed, "verify-file", "Terverifikasi");
        await host.DecideAsync(completed, "health-recommendation", "Rekomendasi",
            new JsonObject { ["tanggalKunjungan"] = "2026-03-02", ["catatanKunjungan"] = "Ruang praktik sesuai standar" });
        var final = await host.DecideAsync(completed, "sign-permit", "Tandatangani");
        Assert.Equal("Completed", (string?)final["status"]);

        var waiting = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var open = await host.OpenTaskAsync(waiting, "check-completeness");
        using (var stranger = await host.ClientAsync("pupr.reviewer"))
        using (var refused = await stranger.PostAsJsonAsync($"/api/tasks/{(string)open["id"]!}/complete", new { outcome = "Lengkap", comment = "bukan kantor saya" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var admin = await host.ClientAsync("admin");
        PrometheusText metrics = null!;
        await Poll.UntilAsync(
            async () => (metrics = await ScrapeAsync(admin)).Sum("mpp_mail_failures_total", ("permanent", "false")) >= 1,
            Timeout, () => Task.FromResult("No SMTP failure counted:\n" + metrics.Text));

        // The backlog as the admin's outbox list shows it, once every pending row has met the unreachable mail server (its
        // last error says so; a refused connection spends no attempt): such a mail stays pending, so the backlog holds still.
        // A document row not yet issued when the list was read could be issued before the scrape: under load the count
        // differed by one.
        JsonArray pending = null!;
        await Poll.UntilAsync(
            async () => (pending = (await admin.GetFromJsonAsync<JsonArray>("/api/admin/outbox?status=Pending&limit=500"))!)
                .All(row => row!["lastError"] is not null),
            Timeout, () => Task.FromResult("Pending rows not yet tried:\n" + pending.ToJsonString()));
        metrics = await ScrapeAsync(admin);

        Assert.True(metrics.Sum("mpp_transitions_total", ("command", "Submit"), ("outcome", "committed")) >= 2, metrics.Text);
        Assert.True(metrics.Sum("mpp_transitions_total", ("command", "CompleteTask"), ("outcome", "committed")) >= 4, metrics.Text);
        Assert.True(metrics.Sum("mpp_transitions_total", ("command", "CompleteTask"), ("outcome", "forbidden")) >= 1, metrics.Text);

        var office = (string)open["office"]!;
        Assert.Equal(1, metrics.Sum("mpp_tasks_open", ("office", office)));
        Assert.Equal(1, metrics.Sum("mpp_tasks_open"));
        Assert.Equal(0, metrics.Sum("mpp_tasks_overdue"));

        Assert.NotEmpty(pending);
        Assert.Equal(pending.Count, metrics.Sum("mpp_outbox_pending"));
        var oldestAge = Assert.Single(metrics.Of("mpp_outbox_oldest_pending_age_seconds")).Value;
        Assert.InRange(oldestAge, 0.001, Timeout.TotalSeconds * 5);
        Assert.Equal(0, metrics.Sum("mpp_outbox_failed"));

        var completions = metrics.Of("http_server_request_duration_seconds_count")
            .Where(s => s.Labels.GetValueOrDefault("http_route", "").EndsWith("/complete", StringComparison.Ordinal)).ToList();
        Assert.True(completions.Sum(s => s.Value) >= 5, string.Join("\n", metrics.Text.Split('\n').Where(l => l.StartsWith("http_server_request_duration_seconds_count", StringComparison.Ordinal))));
    }

    private static async Task<PrometheusText> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return new PrometheusText(text);
    }

    /// <summary>A host whose mail relay is a closed port (every mail fails and waits) and with a scrape token for Prometheus.</summary>
    public abstract class MonitoredHost : DesignerHost
    {
        public const string ScrapeToken = "scrape-token-for-the-monitoring-tests-0123456789";

        protected MonitoredHost()
        {
            Settings["Mail:Smtp:Host"] = "127.0.0.1";
            Settings["Mail:Smtp:Port"] = TestSmtpServer.FreePort().ToString(CultureInfo.InvariantCulture);
            Settings["Mail:Smtp:Security"] = "None";
            Settings["Mail:Smtp:TimeoutSeconds"] = "5";
            Settings["Monitoring:ScrapeToken"] = ScrapeToken;
        }
    }

    public sealed class SqliteMonitoredHost : MonitoredHost
    {
        protected override Task ConfigureStorageAsync(TestHostBuilder host) => Task.FromResult(host.OnSqlite());
    }

    public sealed class PostgresMonitoredHost : MonitoredHost
    {
        protected override Task ConfigureStorageAsync(TestHostBuilder host) => host.OnPostgresAsync("metrics");
    }

    [Collection(MonitoringCollection.Name)]
    public sealed class OnSqlite(SqliteMonitoredHost host) : MetricsTests(host), IClassFixture<SqliteMonitoredHost>
    {
        /// <summary>Admins and Prometheus (with the scrape token) read the metrics; nobody else.</summary>
        [Fact]
        public async Task Metrics_AreForAdminsAndTheScrapeToken_401Anonymous_403Staff()
        {
            using (var anonymous = host.CreateClient())
            using (var response = await anonymous.GetAsync("/metrics"))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            }

            using (var staff = await host.ClientAsync("dpmptsp.frontoffice"))
            using (var response = await staff.GetAsync("/metrics"))
            {
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            }

            using var prometheus = host.CreateClient();
            prometheus.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MonitoredHost.ScrapeToken + "x");
            using (var response = await prometheus.GetAsync("/metrics"))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            }

            prometheus.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MonitoredHost.ScrapeToken);
            var scraped = await ScrapeAsync(prometheus);
            Assert.Single(scraped.Of("mpp_outbox_pending"));
        }
    }

    [Collection(MonitoringCollection.Name)]
    public sealed class OnPostgres(PostgresMonitoredHost host) : MetricsTests(host), IClassFixture<PostgresMonitoredHost>;
}
