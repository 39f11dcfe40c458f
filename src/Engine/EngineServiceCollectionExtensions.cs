using Microsoft.Extensions.DependencyInjection.Extensions;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Model;
using Mpp.Workflows.Engine.Persistence;
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
        services.TryAddSingleton<FlowchartInterpreter>();
        services.TryAddSingleton<DefinitionProvider>();
        services.TryAddSingleton<CalendarBook>();
        services.TryAddSingleton<ITimerScheduler, SweepOnlyTimerScheduler>();
        services.TryAddSingleton<TimerSweeper>();
        services.TryAddSingleton<WorkflowRuntime>();
        services.TryAddSingleton<ITimerHandler>(provider => provider.GetRequiredService<WorkflowRuntime>());
        services.TryAddSingleton<IDefinitionReader, StoreDefinitionReader>();
        services.TryAddSingleton<IOfficeReader, StoreOfficeReader>();
        services.TryAddSingleton<ICalendarReader, StoreCalendarReader>();
        services.TryAddSingleton<IAccountReader, StoreAccountReader>();
        services.TryAddSingleton<IApplicationReader, StoreApplicationReader>();
        services.TryAddSingleton<IApplicationFileReader, StoreApplicationFileReader>();
        services.TryAddSingleton<IOutboxReader, StoreOutboxReader>();
        return services;
    }
}
