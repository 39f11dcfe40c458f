using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.Hosting;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Jobs;

/// <summary>
/// Registers (or updates) every <see cref="RecurringJobRegistration"/> with Hangfire when the host starts, retrying in the
/// background. A host killed while it held a recurring job's distributed lock leaves that lock in the storage until it
/// expires; the next start must not die on it (the registration from the earlier run still stands meanwhile).
/// </summary>
internal sealed class RecurringJobsRegistrar(
    IRecurringJobManager manager, IEnumerable<RecurringJobRegistration> registrations, ILogger<RecurringJobsRegistrar> logger) : BackgroundService
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pending = registrations.ToList();
        while (pending.Count > 0 && !stoppingToken.IsCancellationRequested)
        {
            pending.RemoveAll(TryRegister);
            if (pending.Count > 0)
            {
                await Task.Delay(RetryInterval, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private bool TryRegister(RecurringJobRegistration registration)
    {
        try
        {
            var runner = typeof(RecurringJobRunner<>).MakeGenericType(registration.JobType);
            var job = new Job(runner, runner.GetMethod(nameof(RecurringJobRunner<IRecurringJob>.RunAsync))!, CancellationToken.None);
            manager.AddOrUpdate(registration.Id, job, registration.Cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
            return true;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Recurring job {JobId} not registered yet; retrying in {Seconds} s", registration.Id, RetryInterval.TotalSeconds);
            return false;
        }
    }
}
