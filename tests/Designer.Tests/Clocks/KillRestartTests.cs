using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;
using static Mpp.Workflows.Designer.Tests.Clocks.ClockAssertions;

namespace Mpp.Workflows.Designer.Tests.Clocks;

/// <summary>
/// Durable timers survive a crash: the host process is killed (SIGKILL) while every application waits on an
/// <c>Elsa.Delay</c> a few seconds ahead; after a restart each delay fires exactly once.
/// <code>start --> wait (Elsa.Delay 00:00:20) --> end (Approved)</code>
/// </summary>
public sealed class KillRestartTests
{
    private const int Applications = 12;
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(20);

    /// <summary>A route that only waits 20 s (<c>Elsa.Delay</c>) and ends approved; the cluster test uses it too.</summary>
    internal const string Route = """
        {
          "definitionId": "tunggu", "name": "Tunggu", "version": 1,
          "inputs": [ { "name": "nama", "type": "String", "displayName": "Nama", "required": true } ],
          "options": { "serviceCode": "TGU" },
          "root": { "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "id": "start", "type": "Elsa.Start" },
              { "id": "wait", "type": "Elsa.Delay", "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "00:00:20" } } },
              { "id": "end", "type": "Elsa.End", "result": { "typeName": "String", "expression": { "type": "Literal", "value": "Approved" } } }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "wait", "port": "In" } },
              { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "end", "port": "In" } }
            ] } }
        """;

    [Fact]
    public async Task PendingDelays_FireExactlyOnceAfterKillAndRestart_OnSqlite() =>
        await KillAndRestartAsync(host => Task.FromResult(host.OnSqlite()));

    [Fact]
    public async Task PendingDelays_FireExactlyOnceAfterKillAndRestart_OnPostgres() =>
        await KillAndRestartAsync(host => host.OnPostgresAsync("kill"));

    private static async Task KillAndRestartAsync(Func<TestHostBuilder, Task<TestHostBuilder>> storage)
    {
        var data = Directory.CreateTempSubdirectory("mpp-kill-").FullName;
        try
        {
            var settings = await storage(new TestHostBuilder(data));
            var ids = new List<Guid>();
            Stopwatch sinceFirstSubmission;
            await using (var first = await ChildHost.StartAsync(settings))
            {
                await PublishAsync(first);
                using var client = first.CreateClient();
                sinceFirstSubmission = Stopwatch.StartNew();
                for (var i = 0; i < Applications; i++)
                {
                    using var response = await client.PostAsJsonAsync("/api/applications", new JsonObject
                    {
                        ["definitionId"] = "tunggu", ["applicant"] = SampleData.Applicant(), ["data"] = new JsonObject { ["nama"] = $"Pemohon {i}" },
                    });
                    Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
                    ids.Add(Guid.Parse((string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!));
                }

                await first.KillAsync();
                Assert.True(sinceFirstSubmission.Elapsed < Delay, $"The kill came after the first deadline ({sinceFirstSubmission.Elapsed}).");
            }

            await using var second = await ChildHost.StartAsync(settings);
            using var admin = await second.ClientAsync("admin");
            var waiting = new Queue<Guid>(ids);
            var status = "";
            await Poll.UntilAsync(
                async () =>
                {
                    while (waiting.TryPeek(out var id))
                    {
                        status = (string?)(await admin.GetFromJsonAsync<JsonObject>($"/api/applications/{id}"))!["status"] ?? "";
                        if (status != "Completed")
                        {
                            return false;
                        }

                        waiting.Dequeue();
                    }

                    return true;
                },
                TimeSpan.FromSeconds(60),
                () => Task.FromResult($"Application {waiting.Peek()} still {status} after restart.{Environment.NewLine}{second.Output}"),
                TimeSpan.FromMilliseconds(250));

            // Not a wait for a condition: this is the test's observation window. A late duplicate (the wheel loaded at start and
            // the sweep, every 5 s, both see the timer) would show up within a few seconds, and nothing marks the moment after
            // which none can come, so time is let pass on purpose for one sweep period and a second more.
            await Task.Delay(TimeSpan.FromSeconds(6));
            foreach (var id in ids)
            {
                var application = (await admin.GetFromJsonAsync<JsonObject>($"/api/applications/{id}"))!;
                Assert.Single(Events(application, "TimerFired"));
                Assert.Equal("Approved", (string?)Events(application, "Ended").Single()["outcome"]);
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>Publishes <see cref="Route"/> as <c>tunggu</c> through <paramref name="host"/>.</summary>
    internal static async Task PublishAsync(ChildHost host)
    {
        using var analyst = await host.ClientAsync("analyst");
        using var draft = await analyst.PutAsync("/api/definitions/tunggu/draft", new StringContent(TestRoutes.WithPermit(Route), System.Text.Encoding.UTF8, "application/json"));
        Assert.True(draft.IsSuccessStatusCode, await draft.Content.ReadAsStringAsync());
        using var publish = await analyst.PostAsync("/api/definitions/tunggu/publish", null);
        Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());
    }
}
