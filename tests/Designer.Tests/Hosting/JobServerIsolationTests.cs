using Microsoft.Extensions.DependencyInjection;
using Mpp.Workflows.Engine.Outbox;
using Mpp.Workflows.Engine.Persistence;
using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>
/// Several hosts in one process (as in these tests, or a host restarted in place) each run their own job server: stopping
/// the host started last must not stop the jobs of one still running. Hangfire logs through one process-wide provider;
/// while it pointed at the last host's disposed logger factory, Hangfire.PostgreSql's workers failed on every fetch and
/// backed off for minutes, and mail waited (an intermittent failure of the mail tests when test classes overlapped).
/// </summary>
public sealed class JobServerIsolationTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task JobsOfARunningHost_StillRun_AfterAHostStartedLaterIsDisposed(bool postgres)
    {
        var first = postgres ? new PostgresHost() : (DesignerHost)new SqliteHost();
        await ((IAsyncLifetime)first).InitializeAsync();
        try
        {
            var later = postgres ? new PostgresHost() : (DesignerHost)new SqliteHost();
            await ((IAsyncLifetime)later).InitializeAsync();
            using (var admin = await later.ClientAsync("admin"))
            {
                using var response = await admin.GetAsync("/api/tasks");
            }

            // Its job server has started and fetched by now.
            await Task.Delay(TimeSpan.FromSeconds(2));
            await ((IAsyncLifetime)later).DisposeAsync();

            var app = await first.SubmitAsync("sip-dokter", SampleData.Sip());

            var store = first.Services.GetRequiredService<IWorkflowStore>();
            // Without the fix no job ran at all; a working host delivers within seconds, a loaded one may take longer.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            IReadOnlyList<OutboxMessage> rows;
            while ((rows = await store.ListOutboxOfInstanceAsync(app.Id, CancellationToken.None)).Any(r => r.Status == OutboxStatuses.Pending))
            {
                Assert.True(DateTime.UtcNow < deadline, "Outbox still pending: " + string.Join("; ", rows.Select(r => $"{r.Kind} {r.LastError}")));
                await Task.Delay(200);
            }

            Assert.All(rows, r => Assert.Equal(OutboxStatuses.Sent, r.Status));
        }
        finally
        {
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }
}
