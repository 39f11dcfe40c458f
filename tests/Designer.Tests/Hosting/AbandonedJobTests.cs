using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Hangfire.Common;
using Hangfire.States;
using Mpp.Workflows.Engine.Jobs;
using Mpp.Workflows.Engine.Scheduling;
using Mpp.Workflows.Testing;
using Npgsql;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>
/// A job that a host fetched and then died with (SIGKILL, power lost) is taken over by another host once
/// <see cref="JobsOptions.InvisibilityTimeout"/> has passed, not after Hangfire's default of 30 minutes. The dead host is
/// played by the rows it leaves behind: the job in the Processing state of a server that is gone and its queue row fetched.
/// </summary>
public sealed class AbandonedJobTests
{
    [Fact]
    public async Task JobFetchedByADeadHost_IsTakenOverAfterTheInvisibilityTimeout()
    {
        var host = new PostgresHost();
        host.Settings["Jobs:InvisibilityTimeout"] = "00:00:03";
        await ((IAsyncLifetime)host).InitializeAsync();
        try
        {
            var storage = host.Services.GetRequiredService<JobStorage>();
            string jobId;
            using (var connection = storage.GetConnection())
            {
                jobId = connection.CreateExpiredJob(
                    Job.FromExpression<RecurringJobRunner<IdempotencyKeyPurgeJob>>(runner => runner.RunAsync(CancellationToken.None)),
                    new Dictionary<string, string>(), DateTime.UtcNow, TimeSpan.FromHours(1));
                using var transaction = connection.CreateWriteTransaction();
                transaction.SetJobState(jobId, new ProcessingOnDeadHost());
                transaction.Commit();
            }

            await using (var command = host.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(
                "INSERT INTO hangfire.jobqueue (jobid, queue, fetchedat) VALUES ($1, 'default', now())"))
            {
                command.Parameters.AddWithValue(long.Parse(jobId, CultureInfo.InvariantCulture));
                await command.ExecuteNonQueryAsync();
            }

            var state = "";
            await Poll.UntilAsync(
                () =>
                {
                    using var connection = storage.GetConnection();
                    state = connection.GetStateData(jobId)?.Name ?? "";
                    return Task.FromResult(state == SucceededState.StateName);
                },
                TimeSpan.FromSeconds(30),
                () => Task.FromResult($"The dead host's job is still '{state}' 30 s after it was fetched (invisibility timeout 3 s)."));
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    /// <summary>
    /// The other side of a short timeout: a job that runs longer than it is not taken over while its host lives, because the
    /// host renews its fetch every second (the sliding timeout). It runs once.
    /// </summary>
    [Fact]
    public async Task JobRunningLongerThanTheTimeout_RunsOnce()
    {
        var host = new SlowJobHost();
        host.Settings["Jobs:InvisibilityTimeout"] = "00:00:02";
        await ((IAsyncLifetime)host).InitializeAsync();
        try
        {
            var jobId = host.Services.GetRequiredService<IBackgroundJobClient>()
                .Enqueue<RecurringJobRunner<SlowJob>>(runner => runner.RunAsync(CancellationToken.None));
            var storage = host.Services.GetRequiredService<JobStorage>();
            var state = "";
            await Poll.UntilAsync(
                () =>
                {
                    using var connection = storage.GetConnection();
                    state = connection.GetStateData(jobId)?.Name ?? "";
                    return Task.FromResult(state == SucceededState.StateName);
                },
                TimeSpan.FromSeconds(60),
                () => Task.FromResult($"The slow job is '{state}' after 60 s."));

            Assert.Equal(1, host.Job.Count);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    /// <summary>A job that takes three times the invisibility timeout and counts its runs.</summary>
    public sealed class SlowJob(SlowJobRuns runs) : IRecurringJob
    {
        public async Task RunAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref runs.Count);
            await Task.Delay(TimeSpan.FromSeconds(6), cancellationToken);
        }
    }

    public sealed class SlowJobRuns
    {
        public int Count;
    }

    private sealed class SlowJobHost : DesignerHost
    {
        public SlowJobRuns Job { get; } = new();

        protected override Task ConfigureStorageAsync(TestHostBuilder host) => host.OnPostgresAsync("slowjob");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(Job).AddTransient<SlowJob>());
        }
    }

    /// <summary>The Processing state as the dead host's worker wrote it (Hangfire's own constructor is not public).</summary>
    private sealed class ProcessingOnDeadHost : IState
    {
        public string Name => ProcessingState.StateName;

        public string? Reason => null;

        public bool IsFinal => false;

        public bool IgnoreJobLoadException => false;

        public Dictionary<string, string> SerializeData() => new()
        {
            ["StartedAt"] = JobHelper.SerializeDateTime(DateTime.UtcNow),
            ["ServerId"] = "dead-host:1234",
            ["WorkerId"] = "worker-1",
        };
    }
}
