namespace Mpp.Workflows.Engine.Scheduling;

/// <summary>
/// Runs a job once, soon, on whichever host's job server takes it (the Hangfire adapter queues it; see
/// <c>Mpp.Workflows.Engine.Jobs</c>). Enqueueing may throw when the job storage is unreachable.
/// </summary>
public interface IJobQueue
{
    void Enqueue<TJob>()
        where TJob : class, IRecurringJob;
}
