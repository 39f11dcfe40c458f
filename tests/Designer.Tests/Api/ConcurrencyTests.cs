using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Api;

/// <summary>Two staff clients complete the same task at the same moment: one wins, the other gets 409, never a 500.</summary>
public abstract class ConcurrencyTests(DesignerHost host)
{
    private const int Trials = 100;

    [Fact]
    public async Task Complete_SameTaskTwiceAtOnce_ExactlyOne200AndOne409_InEveryTrial()
    {
        using var first = await host.ClientAsync("dpmptsp.frontoffice");
        using var second = await host.ClientAsync("dpmptsp.frontoffice");
        for (var trial = 0; trial < Trials; trial++)
        {
            var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
            var task = await host.OpenTaskAsync(app, "check-completeness");
            var url = $"/api/tasks/{(string)task["id"]!}/complete";

            using var start = new SemaphoreSlim(0, 2);
            var racers = new[] { first, second }.Select(client => Task.Run(async () =>
            {
                await start.WaitAsync();
                using var response = await client.PostAsJsonAsync(url, new { outcome = "Lengkap", comment = "race" });
                return response.StatusCode;
            })).ToList();
            start.Release(2);
            var statuses = (await Task.WhenAll(racers)).Order().ToList();

            Assert.True(
                statuses.SequenceEqual([HttpStatusCode.OK, HttpStatusCode.Conflict]),
                $"trial {trial}: {string.Join(", ", statuses)}");
            var view = await host.GetApplicationAsync(app.Id);
            Assert.Single(view["history"]!.AsArray(), e => (string?)e!["event"] == "TaskCompleted");
            Assert.Equal("verify-file", (string?)Assert.Single(view["openTasks"]!.AsArray())!["activityId"]);
        }
    }

    public sealed class OnSqlite(SqliteHost host) : ConcurrencyTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : ConcurrencyTests(host), IClassFixture<PostgresHost>;
}
