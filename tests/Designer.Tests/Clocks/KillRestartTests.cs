using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mpp.Workflows.Engine.Model;
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

    private const string Route = """
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
        await KillAndRestartAsync(new Dictionary<string, string> { ["Storage:Provider"] = "Sqlite" });

    [Fact]
    public async Task PendingDelays_FireExactlyOnceAfterKillAndRestart_OnPostgres()
    {
        var server = await PostgresTestServer.GetAsync();
        await KillAndRestartAsync(new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = await server.CreateDatabaseAsync("kill"),
        });
    }

    private static async Task KillAndRestartAsync(Dictionary<string, string> storage)
    {
        var data = Directory.CreateTempSubdirectory("mpp-kill-").FullName;
        try
        {
            var settings = new Dictionary<string, string>(storage)
            {
                ["DataDirectory"] = data,
                ["Workflows:Directory"] = RepoPaths.Workflows,
                ["Seed:DemoPassword"] = DesignerHost.Password,
            };
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
            var deadline = DateTime.UtcNow.AddSeconds(60);
            foreach (var id in ids)
            {
                JsonObject application;
                while ((string?)(application = (await admin.GetFromJsonAsync<JsonObject>($"/api/applications/{id}"))!)["status"] != "Completed")
                {
                    Assert.True(DateTime.UtcNow < deadline, $"Application {id} still {application["status"]} after restart.{Environment.NewLine}{second.Output}");
                    await Task.Delay(250);
                }
            }

            // Late duplicates (the wheel loaded at start and the sweep both see the timer) would show up within a few seconds.
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

    private static async Task PublishAsync(ChildHost host)
    {
        using var analyst = await host.ClientAsync("analyst");
        using var draft = await analyst.PutAsync("/api/definitions/tunggu/draft", new StringContent(Route, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(draft.IsSuccessStatusCode, await draft.Content.ReadAsStringAsync());
        using var publish = await analyst.PostAsync("/api/definitions/tunggu/publish", null);
        Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());
    }
}
