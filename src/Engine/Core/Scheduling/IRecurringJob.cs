namespace Mpp.Workflows.Engine.Scheduling;

/// <summary>
/// Work the job server runs on a schedule (register with <see cref="JobsServiceCollectionExtensions.AddRecurringJob{TJob}"/>),
/// e.g. delivering the mail and document outbox. Resolved from the container for each run; one run at a time per job.
/// </summary>
public interface IRecurringJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
