using Mpp.Workflows.Engine.Observability;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// A timer's due instant has come: the hook of the timer's kind acts (the executor of the activity that created it, or the
/// statutory clock). Safe to call any number of times and late: the timer row is marked fired inside the transaction, so
/// only the first call acts; a call before the due instant, for a provisional timer (an estimated due date), or for a timer
/// that was cancelled or replaced (a recomputed due date), does nothing. Returns whether the application changed.
/// </summary>
public sealed class FireTimerHandler(
    IWorkflowStore store,
    CommandPipeline pipeline,
    ActivityExecutors executors,
    StatutoryDeadline statutory,
    ComplaintDeadline complaints,
    TimerServices services) : ITimerHandler
{
    public async Task<bool> FireTimerAsync(Guid timerId, CancellationToken cancellationToken)
    {
        // Every timer is woken more than once (its job, the in-memory wheel, the sweep): the late callers stop at a read and
        // leave the write lock, which SQLite has only one of, to work that changes something.
        // A provisional timer's instant is an estimate: it waits for the official calendar, which replaces it.
        if (await store.GetTimerAsync(timerId, cancellationToken).ConfigureAwait(false) is not { FiredAt: null, CancelledAt: null, Provisional: false } pending
            || pending.DueAt > pipeline.Now)
        {
            return false;
        }

        return await pipeline.RunAsync(session => FireWithinAsync(session, timerId, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> FireWithinAsync(IStoreSession session, Guid timerId, CancellationToken cancellationToken)
    {
        var timer = await session.GetTimerAsync(timerId, cancellationToken).ConfigureAwait(false);
        if (timer is null)
        {
            return false;
        }

        // A complaint's deadline belongs to the complaint, not to an application.
        if (timer.Kind == TimerKinds.ComplaintDue)
        {
            return timer.DueAt <= pipeline.Now && !timer.Provisional
                && await complaints.FireAsync(session, timer, pipeline.Now, cancellationToken).ConfigureAwait(false);
        }

        var instance = timer.InstanceId is { } instanceId ? await session.LockInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) : null;
        var now = pipeline.Now;

        // A faulted application keeps its due timers pending, so they act once an admin has retried it.
        if (instance is null || instance.Status == ApplicationStatuses.Faulted || timer.DueAt > now || timer.Provisional
            || !await session.MarkTimerFiredAsync(timerId, now, cancellationToken).ConfigureAwait(false)
            || instance.Status == ApplicationStatuses.Completed)
        {
            return false;
        }

        EngineTelemetry.NoteTimerFired(timer, now);
        var hook = timer.Kind == TimerKinds.Statutory ? statutory : executors.TimerHookFor(timer.Kind);
        if (hook is null)
        {
            return false;
        }

        var state = EngineJson.Deserialize<ExecutionState>(instance.StateJson);
        var definition = await pipeline.DefinitionOfAsync(instance, cancellationToken).ConfigureAwait(false);
        return await hook.FireAsync(new TimerFiring(session, instance, state, definition, timer, now, services), cancellationToken).ConfigureAwait(false);
    }
}
