using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.Hosting;

namespace Mpp.Workflows.Engine.Scheduling.Jobs;

/// <summary>Registers (or updates) every <see cref="RecurringJobRegistration"/> with Hangfire when the host starts.</summary>
internal sealed class RecurringJobsRegistrar(IRecurringJobManager manager, IEnumerable<RecurringJobRegistration> registrations) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var registration in registrations)
        {
            var runner = typeof(RecurringJobRunner<>).MakeGenericType(registration.JobType);
            var job = new Job(runner, runner.GetMethod(nameof(RecurringJobRunner<IRecurringJob>.RunAsync))!, CancellationToken.None);
            manager.AddOrUpdate(registration.Id, job, registration.Cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
