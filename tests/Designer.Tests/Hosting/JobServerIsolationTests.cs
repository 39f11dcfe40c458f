using Microsoft.Extensions.DependencyInjection;
using Mpp.Workflows.Engine.Model;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>
/// Several hosts in one process (as in these tests, or a host restarted in place) each run their own job server: stopping
/// the host started last must not stop the jobs of one still running. Hangfire.AspNetCore points two process-wide
/// defaults at the host configured last: the log provider (Hangfire.PostgreSql's workers then failed every fetch and backed
/// off for minutes) and the job activator (every job then failed with a disposed IServiceProvider). Either way no mail went
/// out: the intermittent failure of the mail tests when test classes overlapped.
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
            IReadOnlyList<OutboxMessage> rows = [];

            // Without the fix no job ran at all; a working host delivers within seconds, a loaded one may take longer.
            await Poll.UntilAsync(
                async () => !(rows = await store.ListOutboxOfInstanceAsync(app.Id, CancellationToken.None)).Any(r => r.Status == OutboxStatuses.Pending),
                TimeSpan.FromSeconds(60),
                () => Task.FromResult("Outbox still pending: " + string.Join("; ", rows.Select(r => $"{r.Kind} {r.LastError}"))));

            Assert.All(rows, r => Assert.Equal(OutboxStatuses.Sent, r.Status));
        }
        finally
        {
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }
}
