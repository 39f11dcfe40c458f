using Microsoft.Extensions.DependencyInjection.Extensions;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Observability;
using Mpp.Workflows.Engine.Reading;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine;

/// <summary>
/// Registers the engine's services. The store is registered separately (SQLite or PostgreSQL); a job server may replace the
/// <see cref="ITimerScheduler"/> (without one, timers fire when a <see cref="TimerSweeper"/> runs).
/// </summary>
public static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, Action<EngineOptions>? configure = null)
    {
        services.AddOptions<EngineOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Definitions.Catalog.ActivityCatalog.Default);
        foreach (var executor in ActivityExecutors.All)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IActivityExecutor), executor));
        }

        services.TryAddSingleton<ActivityExecutors>();
        services.TryAddSingleton(provider => new FlowchartInterpreter(
            provider.GetRequiredService<Runtime.Expressions.IExpressionEvaluator>(), provider.GetRequiredService<ActivityExecutors>()));
        services.TryAddSingleton<DefinitionProvider>();
        services.TryAddSingleton<CalendarBook>();
        services.TryAddSingleton<ITimerScheduler, SweepOnlyTimerScheduler>();
        services.TryAddSingleton<TimerSweeper>();
        services.TryAddSingleton<TrackingTokenIssuer>();
        services.TryAddSingleton<EngineTelemetry>();
        services.AddRecurringJob<IdempotencyKeyPurgeJob>(IdempotencyKeyPurgeJob.Id, IdempotencyKeyPurgeJob.Cron);
        AddRuntime(services);
        services.TryAddSingleton<IDefinitionReader, StoreDefinitionReader>();
        services.TryAddSingleton<IOfficeReader, StoreOfficeReader>();
        services.TryAddSingleton<ICalendarReader, StoreCalendarReader>();
        services.TryAddSingleton<IAccountReader, StoreAccountReader>();
        services.TryAddSingleton<IApplicationReader, StoreApplicationReader>();
        services.TryAddSingleton<IApplicationFileReader, StoreApplicationFileReader>();
        services.TryAddSingleton<IOutboxReader, StoreOutboxReader>();
        services.TryAddSingleton<IPerformanceReader, StorePerformanceReader>();
        services.TryAddSingleton<IComplaintBoardReader, ComplaintBoardReader>();
        return services;
    }

    /// <summary>The command side (one handler per command, run by the one command pipeline), the clocks and the read side.</summary>
    private static void AddRuntime(IServiceCollection services)
    {
        services.TryAddSingleton<OfficeZones>();
        services.TryAddSingleton<ClockViews>();
        services.TryAddSingleton<ClockService>();
        services.TryAddSingleton<TestRunner>();
        services.TryAddSingleton<StaffMail>();
        services.TryAddSingleton<StatutoryDeadline>();
        services.TryAddSingleton<ApplicationQueries>();
        services.TryAddSingleton<PerformanceBoard>();
        services.TryAddSingleton<ProvisionalCalendarNotices>();
        services.TryAddSingleton<EffectWriter>();
        services.TryAddSingleton<CommandPipeline>();
        services.TryAddSingleton<TaskDecisions>();
        services.TryAddSingleton<TimerServices>();
        services.TryAddSingleton<AttachmentIntake>();
        services.TryAddSingleton<Documents.PermitRenewals>();
        services.TryAddSingleton<SubmitHandler>();
        services.TryAddSingleton<SigningAtDecision>();
        services.TryAddSingleton<CompleteTaskHandler>();
        services.TryAddSingleton<TaskAssignmentHandler>();
        services.TryAddSingleton<ResubmitHandler>();
        services.TryAddSingleton<RetryHandler>();
        services.TryAddSingleton<ReplaceCalendarHandler>();
        services.TryAddSingleton<MigrateHandler>();
        services.AddOptions<ComplaintOptions>();
        services.TryAddSingleton<ComplaintClock>();
        services.TryAddSingleton<ComplaintDeadline>();
        services.TryAddSingleton<FileComplaintHandler>();
        services.TryAddSingleton<AnswerComplaintHandler>();
        services.TryAddSingleton<ComplaintService>();
        services.TryAddSingleton<FireTimerHandler>();
        services.TryAddSingleton<ITimerHandler>(provider => provider.GetRequiredService<FireTimerHandler>());
        services.TryAddSingleton<WorkflowRuntime>();
    }
}
