using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Clocks;
using Mpp.Workflows.Designer.Tests.Hosting;
using System.Text.RegularExpressions;
using Mpp.Workflows.Testing;
using Mpp.Workflows.Testing.Mail;
using Xunit.Abstractions;

namespace Mpp.Workflows.Designer.Tests.Cluster;

/// <summary>
/// Issue 13's proof that N hosts on one PostgreSQL are one deployment and survive faults: two real host processes on a
/// PostgreSQL cluster of the test's own (the shared test server is not restarted under other tests), mail to a real SMTP
/// server on loopback. A token and a sign-in cookie from host A work on host B; 50 <c>sip-dokter</c> applications are driven
/// to the permit alternately through both hosts; host A is SIGKILLed after a fifth of the work, PostgreSQL restarted
/// (<c>pg_ctl restart -m fast</c>) after two fifths and host A started again after three fifths. Every application ends
/// approved with its four decisions once, one receipt and one permit; applications waiting on a timer when host A died
/// are fired once, by host B; every mail of the outbox reaches the SMTP server,
/// a repeat only under the same Message-Id; no request is answered 500.
/// </summary>
public sealed partial class ClusterTests(ITestOutputHelper output)
{
    private const int Applications = 50;
    private const int Workers = 6;
    private const int WaitingApplications = 5;
    private static readonly TimeSpan FaultTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task TwoHosts_OneKilledAndTheDatabaseRestarted_EveryApplicationGetsOneReceiptOnePermitAndItsMails()
    {
        var clock = Stopwatch.StartNew();
        await using var postgres = await PostgresTestServer.StartPrivateAsync();
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var cluster = await TwoHostCluster.StartAsync(postgres, smtp);
        output.WriteLine($"{clock.Elapsed:mm\\:ss} both hosts started");

        await AssertCookieFromAWorksOnBAsync(cluster);
        using var client = new FailoverClient(cluster[0].Address, cluster[1].Address);
        var driver = new PermitDriver(client);
        await AssertTokenFromAWorksOnBAsync(cluster, await driver.TokenAsync("admin", slot: 0));
        await KillRestartTests.PublishAsync(cluster[0]);
        var waiting = new List<Guid>();

        var totalSteps = Applications * (1 + PermitDriver.Decisions.Length);
        var faults = Task.Run(async () =>
        {
            await WhenAsync(() => driver.Steps >= totalSteps / 5);
            waiting.AddRange(await SubmitWaitingAsync(client));
            await cluster.KillAsync(0);
            output.WriteLine($"{clock.Elapsed:mm\\:ss} host A killed (SIGKILL) after {driver.Steps} steps");

            await WhenAsync(() => driver.Steps >= totalSteps * 2 / 5);
            await postgres.RestartAsync();
            output.WriteLine($"{clock.Elapsed:mm\\:ss} PostgreSQL restarted (fast) after {driver.Steps} steps");

            await WhenAsync(() => driver.Steps >= totalSteps * 3 / 5);
            client.Replace(0, await cluster.StartAsync(0));
            output.WriteLine($"{clock.Elapsed:mm\\:ss} host A started again after {driver.Steps} steps");
        });

        var ids = new Guid[Applications];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, Applications),
            new ParallelOptions { MaxDegreeOfParallelism = Workers },
            async (index, _) => ids[index] = await driver.DriveAsync(index));
        output.WriteLine($"{clock.Elapsed:mm\\:ss} {Applications} applications decided");
        await faults;

        var admin = await driver.TokenAsync("admin");
        foreach (var (id, index) in ids.Select((id, index) => (id, index)))
        {
            await AssertCompletedOnceAsync(client, admin, id, index);
        }

        foreach (var id in waiting)
        {
            await AssertTimerFiredOnceAsync(client, admin, id);
        }

        var mails = await SettledMailRowsAsync(client, admin);
        output.WriteLine($"{clock.Elapsed:mm\\:ss} outbox settled: {mails.Count} mails sent");
        var received = smtp.Messages.GroupBy(m => m.MessageId).ToDictionary(g => $"<{g.Key}>", g => g.Count(), StringComparer.Ordinal);
        var duplicates = received.Values.Sum(n => n - 1);

        output.WriteLine($"status    count");
        foreach (var (status, count) in client.Statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{status,-9} {count}");
        }

        output.WriteLine($"mails: {mails.Count} outbox rows sent, {smtp.Messages.Count} received by SMTP, {received.Count} distinct Message-Ids, "
            + $"{duplicates} duplicate(s) (same Message-Id); run took {clock.Elapsed:mm\\:ss}");

        var errors = client.Statuses.Where(s => s.Key.StartsWith('5') && s.Key != "503").ToList();
        Assert.True(errors.Count == 0, $"Server errors: {string.Join(", ", errors)}{Environment.NewLine}{cluster.Output}");
        var lost = mails.Select(MessageId).Where(id => !received.ContainsKey(id)).ToList();
        Assert.True(lost.Count == 0, $"Sent per the outbox but never received: {string.Join(", ", lost)}");
        var strangers = received.Keys.Except(mails.Select(MessageId)).ToList();
        Assert.True(strangers.Count == 0, $"Received under a Message-Id no outbox row has: {string.Join(", ", strangers)}");
        Assert.Equal(Applications * 2, mails.Count(m => ids.Contains(Guid.Parse((string)m["applicationId"]!))));
    }

    /// <summary>Approved, each decision recorded once (no command half or twice applied), one receipt and one permit.</summary>
    private static async Task AssertCompletedOnceAsync(FailoverClient client, string admin, Guid id, int index)
    {
        JsonObject? view = null;
        await Poll.UntilAsync(
            async () =>
            {
                view = (await client.SendAsync(index % 2, () => new HttpRequestMessage(HttpMethod.Get, $"/api/applications/{id}"), admin)).Object;
                return (string?)view["status"] == "Completed";
            },
            SettleTimeout,
            () => Task.FromResult($"application {index} did not complete: {view}"));
        Assert.Equal("Approved", (string?)view!["result"]);
        var decisions = view["history"]!.AsArray().Where(e => (string?)e!["event"] == "TaskCompleted").Select(e => (string?)e!["activityId"]);
        Assert.Equal(PermitDriver.Decisions.Select(d => d.Activity), decisions);

        JsonArray documents = [];
        await Poll.UntilAsync(
            async () =>
            {
                documents = (JsonArray)(await client.SendAsync(index % 2, () => new HttpRequestMessage(HttpMethod.Get, $"/api/applications/{id}/documents"), admin)).Json!;
                // Each document is issued from its own outbox row: a receipt whose first attempt met the restarted database
                // is retried after a backoff and may come after the permit. Both must come; then exactly one of each.
                return documents.Any(d => (string?)d!["kind"] == "Permit") && documents.Any(d => (string?)d!["kind"] == "Receipt");
            },
            SettleTimeout,
            () => Task.FromResult($"application {index} lacks its receipt or permit: {documents.ToJsonString()}"));
        Assert.Equal(["Permit", "Receipt"], documents.Select(d => (string?)d!["kind"]).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Files <see cref="WaitingApplications"/> applications of the <c>tunggu</c> route (one 20 s delay) through host A, which is
    /// killed right after: their timers are due when only host B's sweep can fire them.
    /// </summary>
    private static async Task<IReadOnlyList<Guid>> SubmitWaitingAsync(FailoverClient client)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < WaitingApplications; i++)
        {
            var answer = await client.SendAsync(0, () => new HttpRequestMessage(HttpMethod.Post, "/api/applications")
            {
                Content = JsonContent.Create(new JsonObject
                {
                    ["definitionId"] = "tunggu", ["applicant"] = SampleData.Applicant(), ["data"] = new JsonObject { ["nama"] = $"Pemohon {i}" },
                }),
                Headers = { { "Idempotency-Key", $"tunggu-{i}" } },
            });
            Assert.True(answer.Status == HttpStatusCode.Created, $"tunggu {i}: {answer.Status} {answer.Text}");
            ids.Add(Guid.Parse((string)answer.Object["id"]!));
        }

        return ids;
    }

    private static async Task AssertTimerFiredOnceAsync(FailoverClient client, string admin, Guid id)
    {
        JsonObject? view = null;
        await Poll.UntilAsync(
            async () =>
            {
                view = (await client.SendAsync(1, () => new HttpRequestMessage(HttpMethod.Get, $"/api/applications/{id}"), admin)).Object;
                return (string?)view["status"] == "Completed";
            },
            SettleTimeout,
            () => Task.FromResult($"The waiting application {id} did not complete: {view}"),
            TimeSpan.FromMilliseconds(500));
        Assert.Equal("Approved", (string?)view!["result"]);
        Assert.Single(view["history"]!.AsArray(), e => (string?)e!["event"] == "TimerFired");
    }

    /// <summary>Waits until the outbox has no pending row (and asserts none failed); returns its mail rows.</summary>
    private static async Task<IReadOnlyList<JsonObject>> SettledMailRowsAsync(FailoverClient client, string admin)
    {
        JsonArray pending = [];
        await Poll.UntilAsync(
            async () =>
            {
                pending = (JsonArray)(await client.SendAsync(1, () => new HttpRequestMessage(HttpMethod.Get, "/api/admin/outbox?status=Pending&limit=500"), admin)).Json!;
                return pending.Count == 0;
            },
            SettleTimeout,
            () => Task.FromResult($"{pending.Count} outbox rows still pending: {pending.ToJsonString()}"),
            TimeSpan.FromMilliseconds(500));
        var failed = (JsonArray)(await client.SendAsync(1, () => new HttpRequestMessage(HttpMethod.Get, "/api/admin/outbox?status=Failed&limit=500"), admin)).Json!;
        Assert.True(failed.Count == 0, $"failed outbox rows: {failed.ToJsonString()}");
        var sent = (JsonArray)(await client.SendAsync(1, () => new HttpRequestMessage(HttpMethod.Get, "/api/admin/outbox?status=Sent&limit=500"), admin)).Json!;
        Assert.True(sent.Count < 500, "More than 500 sent rows: the listing is cut.");
        return [.. sent.Select(r => r!.AsObject()).Where(r => (string?)r["kind"] == "Email")];
    }

    private static string MessageId(JsonObject row) => $"<{Guid.Parse((string)row["id"]!):N}@mpp.local>";

    private static Task WhenAsync(Func<bool> condition) =>
        Poll.UntilAsync(condition, FaultTimeout, () => "The applications stopped progressing before the next fault.", TimeSpan.FromMilliseconds(50));

    private static async Task AssertTokenFromAWorksOnBAsync(TwoHostCluster cluster, string tokenFromA)
    {
        using var onB = cluster[1].CreateClient();
        onB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokenFromA);
        using var response = await onB.GetAsync("/api/tasks");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Signs in through host A's <c>/login</c> form; host B opens the admin page with the cookie it set.</summary>
    private static async Task AssertCookieFromAWorksOnBAsync(TwoHostCluster cluster)
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        var form = await browser.GetStringAsync(new Uri(cluster[0].Address, "/login"));
        using var signIn = await browser.PostAsync(new Uri(cluster[0].Address, "/login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = AntiforgeryField().Match(form).Groups[1].Value,
            ["Username"] = "admin",
            ["Password"] = DesignerHost.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // Cookies are per host name, not port: the container sends host A's cookie to host B, as a proxy's one name would.
        using var onB = await browser.GetAsync(new Uri(cluster[1].Address, "/admin"));
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        using var anonymous = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var refused = await anonymous.GetAsync(new Uri(cluster[1].Address, "/admin"));
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
