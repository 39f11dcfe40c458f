using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Engine.Model.Payloads;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The one place where an interpreter run's <see cref="ExecutionEffects"/> turn into rows: audit entries, tasks with their
/// SLA clocks, revision clocks, cancelled tasks and timers, delay timers, outbox rows; and the instance's new status, with
/// clocks paused, resumed or stopped accordingly. Called by <see cref="CommandPipeline"/> inside the command's transaction.
/// </summary>
public sealed class EffectWriter(ClockService clocks, ILogger<EffectWriter> logger)
{
    /// <summary>Writes what an interpreter run decided and returns the instance to store (status, state, revision).</summary>
    public async Task<InstanceRecord> ApplyAsync(
        IStoreSession session,
        InstanceRecord instance,
        ExecutionState state,
        ExecutionEffects effects,
        Actor actor,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        foreach (var entry in effects.Trace)
        {
            await session.AppendAuditAsync(
                new AuditEvent(instance.Id, now, actor.Name, entry.ActivityId, entry.Event, entry.Outcome, null, RuntimeJson.Details(entry.Detail)),
                cancellationToken).ConfigureAwait(false);
        }

        foreach (var task in effects.NewTasks)
        {
            DateTimeOffset? due = null;
            if (await clocks.StartTaskClockAsync(task, actor, now, cancellationToken).ConfigureAwait(false) is { } clock)
            {
                state.Clocks.Add(clock);
                due = await clocks.ArmAsync(session, instance, clock, actor, now, cancellationToken).ConfigureAwait(false);
            }

            await session.InsertTaskAsync(NewTaskRecord(instance, task, now) with { DueAt = due }, cancellationToken).ConfigureAwait(false);
        }

        foreach (var revision in effects.Revisions.Where(r => state.Bookmarks.Any(b => b.Id == r.BookmarkId)))
        {
            await clocks.StartRevisionClockAsync(session, instance, state, revision, actor, now, cancellationToken).ConfigureAwait(false);
        }

        foreach (var taskId in effects.CancelledTasks)
        {
            var task = await session.GetTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
            if (task is { Status: TaskStates.Open })
            {
                await session.UpdateTaskAsync(task with { Status = TaskStates.Cancelled, CompletedAt = now }, cancellationToken).ConfigureAwait(false);
                await session.CancelTimersAsync(instance.Id, taskId, now, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var timer in effects.NewTimers)
        {
            await session.InsertTimerAsync(
                new TimerRecord(timer.Id, instance.Id, TimerKinds.Delay, timer.ActivityId, null, now + timer.Delay, null, null),
                cancellationToken).ConfigureAwait(false);
        }

        foreach (var timerId in effects.CancelledTimers)
        {
            await session.CancelTimerAsync(timerId, now, cancellationToken).ConfigureAwait(false);
        }

        foreach (var document in effects.Documents)
        {
            // Validation requires a kind; without one the row fails at issue, as an unknown kind.
            var kind = Definitions.Catalog.Activities.IssueDocumentActivity.ReadKind(document.Node) ?? string.Empty;
            effects.QueuedDocuments.Add(
                await EnqueueAsync(session, instance.Id, new IssueDocumentPayload(kind, document.Node.Id), now, cancellationToken).ConfigureAwait(false));
        }

        foreach (var email in effects.Emails)
        {
            var payload = new ActivityMailPayload(
                email.Node.Id, email.Node.GetLiteralString("to"), email.Node.GetLiteralString("subject"), email.Node.GetLiteralString("body"),
                [.. email.Node.GetStringList("attachments")]);
            await EnqueueAsync(session, instance.Id, payload, now, cancellationToken).ConfigureAwait(false);
        }

        if (effects.ReturnedToApplicant)
        {
            var revision = state.Bookmarks.LastOrDefault(b => b.Kind == BookmarkKinds.ApplicantRevision);
            var payload = new RevisionRequestMailPayload(revision?.ActivityId, state.RevisionReasons);
            await EnqueueAsync(session, instance.Id, payload, now, cancellationToken).ConfigureAwait(false);
        }

        var status = instance.Status;
        var result = instance.Result;
        if (effects.Fault is { } fault)
        {
            var resumeStatus = instance.Status == ApplicationStatuses.Faulted ? ApplicationStatuses.InProgress : instance.Status;
            state.Fault = fault with { At = now, ResumeStatus = resumeStatus };
            status = ApplicationStatuses.Faulted;
            logger.LogWarning("Application {RegistrationNumber} faulted at {ActivityId}: {Message}", instance.RegistrationNumber, fault.ActivityId, fault.Message);
            await session.AppendAuditAsync(
                new AuditEvent(instance.Id, now, actor.Name, fault.ActivityId, AuditEvents.Faulted, null, fault.Message),
                cancellationToken).ConfigureAwait(false);
        }
        else if (effects.Result is { } ended)
        {
            status = ApplicationStatuses.Completed;
            result = ended == ApplicationResults.Approved && state.DeemedApproval ? ApplicationResults.DeemedApproved : ended;
            await ClockService.DropFinishedClocksAsync(session, state, ended: true, now, cancellationToken).ConfigureAwait(false);
            await session.CancelTimersAsync(instance.Id, null, now, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            status = state.Bookmarks.Any(b => b.Kind == BookmarkKinds.ApplicantRevision) ? ApplicationStatuses.AwaitingApplicant : ApplicationStatuses.InProgress;
            await ClockService.DropFinishedClocksAsync(session, state, ended: false, now, cancellationToken).ConfigureAwait(false);
            if (status == ApplicationStatuses.AwaitingApplicant && instance.Status != ApplicationStatuses.AwaitingApplicant)
            {
                await clocks.PauseClocksAsync(session, instance, state, actor, now, cancellationToken).ConfigureAwait(false);
            }
            else if (status == ApplicationStatuses.InProgress && instance.Status == ApplicationStatuses.AwaitingApplicant)
            {
                await clocks.ResumeClocksAsync(session, instance, state, actor, now, cancellationToken).ConfigureAwait(false);
            }
        }

        return instance with
        {
            Status = status,
            Result = result,
            StateJson = EngineJson.Serialize(state),
            Fault = state.Fault?.Message,
            Revision = instance.Revision + 1,
            UpdatedAt = now,
        };
    }

    private static TaskRecord NewTaskRecord(InstanceRecord instance, ExecutionEffects.NewTask task, DateTimeOffset now) =>
        new(
            task.Id, instance.Id, instance.RegistrationNumber, instance.DefinitionId, task.Node.Id, task.Title,
            task.Spec.Office ?? string.Empty, task.Spec.Role ?? string.Empty, TaskStates.Open, null,
            EngineJson.Serialize(task.Spec.Outcomes), FormJson(task.Spec), now, null, null, null, null, null, null);

    /// <summary>The task's form as its record keeps it (inbox lists need no definition look-up).</summary>
    internal static string FormJson(HumanTaskSpec spec) =>
        EngineJson.Serialize(spec.Form.Select(f => new FormFieldView(f.Name, f.Type.ToString(), f.DisplayName, f.Required, f.Options)).ToList());

    /// <summary>Queues an outbox row in the caller's transaction; returns it.</summary>
    public static async Task<OutboxMessage> EnqueueAsync(
        IStoreSession session, Guid instanceId, OutboxPayload payload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(payload);
        var row = new OutboxMessage(Guid.NewGuid(), instanceId, payload.OutboxKind, OutboxPayloads.Write(payload), OutboxStatuses.Pending, 0, now, now, null);
        await session.EnqueueOutboxAsync(row, cancellationToken).ConfigureAwait(false);
        return row;
    }
}
