using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mpp.Workflows.Engine.Scheduling;

/// <summary>Declares recurring work; the job adapter (Hangfire) schedules every registration once across all hosts.</summary>
public static class RecurringJobServiceCollectionExtensions
{
    /// <summary>
    /// Runs <typeparamref name="TJob"/> on the job server by <paramref name="cron"/> (a seconds field is allowed, e.g.
    /// <c>*/10 * * * * *</c>), once per occurrence across all hosts sharing the storage. For the outbox dispatcher and the like.
    /// </summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string id, string cron)
        where TJob : class, IRecurringJob
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(cron);
        services.TryAddTransient<TJob>();
        services.AddSingleton(new RecurringJobRegistration(id, typeof(TJob), cron));
        return services;
    }
}
