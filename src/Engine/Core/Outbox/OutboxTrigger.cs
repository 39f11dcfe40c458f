using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Outbox;

/// <summary>
/// Enqueues an <see cref="OutboxDispatchJob"/> run after a commit that may have written outbox rows, so a receipt goes out
/// within the job server's queue polling instead of at the next recurring occurrence. One queued run covers every commit
/// before it starts, so at most one is enqueued until it starts on this host (or, should another host run it, until
/// <see cref="Window"/> has passed). Losing an enqueue (job storage away) only delays mail to the next occurrence.
/// </summary>
public sealed class OutboxTrigger(IJobQueue jobs, TimeProvider time, ILogger<OutboxTrigger> logger)
{
    /// <summary>How long an enqueued run stands for later commits when it has not started on this host.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private long _enqueuedAt;

    public void Notify()
    {
        var enqueuedAt = Interlocked.Read(ref _enqueuedAt);
        if (enqueuedAt != 0 && time.GetElapsedTime(enqueuedAt) < Window)
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _enqueuedAt, time.GetTimestamp(), enqueuedAt) != enqueuedAt)
        {
            return;
        }

        // Off the request: the caller's response should not wait for a write to the job storage.
        _ = Task.Run(Enqueue);
    }

    internal void Started() => Interlocked.Exchange(ref _enqueuedAt, 0);

    private void Enqueue()
    {
        try
        {
            jobs.Enqueue<OutboxDispatchJob>();
        }
        catch (Exception exception)
        {
            Interlocked.Exchange(ref _enqueuedAt, 0);
            logger.LogWarning(exception, "Could not enqueue an outbox run; the next recurring run delivers the mail");
        }
    }
}
