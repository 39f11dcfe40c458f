using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Testing;

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
    /// <summary>Without the fix no job ran at all; a working host delivers within seconds, a loaded one may take longer.</summary>
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(60);

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

            // The later host's job server has started, fetched and run jobs once its own receipt mail is out.
            var early = await later.SubmitAsync("sip-dokter", SampleData.Sip());
            await DeliveredAsync(later, early.Id);
            await ((IAsyncLifetime)later).DisposeAsync();

            var app = await first.SubmitAsync("sip-dokter", SampleData.Sip());

            var rows = await DeliveredAsync(first, app.Id);
            Assert.Contains(rows, r => r.Kind == OutboxKinds.Email);
        }
        finally
        {
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }

    /// <summary>
    /// Waits until no outbox row of the application is pending and asserts that every one was sent. A submission writes its
    /// receipt's rows in the same commit, so there are rows from the start: without them there would be nothing to observe.
    /// </summary>
    private static async Task<IReadOnlyList<OutboxMessage>> DeliveredAsync(DesignerHost host, Guid applicationId)
    {
        var store = host.Services.GetRequiredService<IWorkflowStore>();
        var rows = await store.ListOutboxOfInstanceAsync(applicationId, CancellationToken.None);
        Assert.NotEmpty(rows);

        await Poll.UntilAsync(
            async () => !(rows = await store.ListOutboxOfInstanceAsync(applicationId, CancellationToken.None)).Any(r => r.Status == OutboxStatuses.Pending),
            DeliveryTimeout,
            () => Task.FromResult("Outbox still pending: " + string.Join("; ", rows.Select(r => $"{r.Kind} {r.Status} {r.LastError}"))));

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(OutboxStatuses.Sent, r.Status));
        return rows;
    }
}
