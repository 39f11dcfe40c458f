using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Jobs;

/// <summary>
/// Puts the engine's clocks on Hangfire: storage, server, the recurring sweep that feeds this node's <see cref="TimerWheel"/>,
/// and the timer scheduler (the wheel on a server; delayed jobs for near timers on a host without one).
/// </summary>
public static class JobsServiceCollectionExtensions
{
    /// <param name="services">The host's services (after <c>AddWorkflowEngine</c>).</param>
    /// <param name="storage">Builds the durable job storage (see <see cref="JobStorages"/>).</param>
    /// <param name="runServer">Whether this process executes jobs (a host may only enqueue).</param>
    public static IServiceCollection AddWorkflowJobs(this IServiceCollection services, Func<IServiceProvider, JobStorage> storage, bool runServer = true)
    {
        services.AddOptions<JobsOptions>();
        services.AddSingleton(storage);
        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(HangfireLogRouting.Instance));

        // Before the job server, so Hangfire's log entries have a live factory from its first one to its last.
        services.AddHostedService<HangfireLogRoutingService>();
        services.TryAddSingleton<TimerWheel>();
        if (runServer)
        {
            services.AddHostedService<TimerWheelService>();
            services.Replace(ServiceDescriptor.Singleton<ITimerScheduler, WheelTimerScheduler>());
            services.AddHangfireServer((provider, server) =>
            {
                var options = provider.GetRequiredService<IOptions<JobsOptions>>().Value;
                server.SchedulePollingInterval = options.SchedulePollingInterval;
                server.WorkerCount = options.WorkerCount;

                // Without this the server resolves jobs through JobActivator.Current, which Hangfire.AspNetCore points at
                // the host configured last: with several hosts in one process, jobs failed once that host was disposed.
                server.Activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
            });
        }
        else
        {
            services.Replace(ServiceDescriptor.Singleton<ITimerScheduler, HangfireTimerScheduler>());
        }

        services.TryAddTransient<TimerJobs>();
        services.TryAddSingleton<IJobQueue, HangfireJobQueue>();
        services.AddRecurringJob<TimerSweepJob>(TimerSweepJob.Id, TimerSweepJob.Cron);
        services.AddHostedService<RecurringJobsRegistrar>();
        return services;
    }
}
