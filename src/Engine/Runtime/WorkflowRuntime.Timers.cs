using Mpp.Workflows.Definitions.Catalog.Activities;
using Mpp.Workflows.Definitions.Model;
using Mpp.Workflows.Engine.Model;
using Mpp.Workflows.Engine.Model.Payloads;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Engine.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// A timer's due instant has come. Safe to call any number of times and late: the timer row is marked fired inside the
    /// transaction, so only the first call acts; a call before the due instant, or for a timer that was cancelled or
    /// replaced (a recomputed due date), does nothing. Returns whether the application changed.
    /// </summary>
    public async Task<bool> FireTimerAsync(Guid timerId, CancellationToken cancellationToken)
    {
        // Every timer is woken more than once (its job, the in-memory wheel, the sweep): the late callers stop at a read and
        // leave the write lock, which SQLite has only one of, to work that changes something.
        if (await store.GetTimerAsync(timerId, cancellationToken).ConfigureAwait(false) is not { FiredAt: null, CancelledAt: null } pending
            || pending.DueAt > time.GetUtcNow())
        {
            return false;
        }

        await using var session = await BeginAsync(cancellationToken).ConfigureAwait(false);
        var timer = await session.GetTimerAsync(timerId, cancellationToken).ConfigureAwait(false);
        if (timer is null)
        {
            return false;
        }

        var instance = await session.LockInstanceAsync(timer.InstanceId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();

        // A faulted application keeps its due timers pending, so they act once an admin has retried it.
        if (instance is null || instance.Status == ApplicationStatuses.Faulted || timer.DueAt > now
            || !await session.MarkTimerFiredAsync(timerId, now, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var state = EngineJson.Deserialize<ExecutionState>(instance.StateJson);
        if (instance.Status == ApplicationStatuses.Completed)
        {
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        var definition = await DefinitionOfAsync(instance, cancellationToken).ConfigureAwait(false);
        var changed = timer.Kind switch
        {
            TimerKinds.Delay => await ResumeDelayAsync(session, instance, state, definition, timer, now, cancellationToken).ConfigureAwait(false),
            TimerKinds.TaskReminder => await RemindAsync(session, instance, state, timer, now, cancellationToken).ConfigureAwait(false),
            TimerKinds.TaskDeadline => await TaskDeadlineAsync(session, instance, state, definition, timer, now, cancellationToken).ConfigureAwait(false),
            TimerKinds.Statutory => await StatutoryDeadlineAsync(session, instance, state, definition, timer, now, cancellationToken).ConfigureAwait(false),
            TimerKinds.RevisionExpiry => await RevisionExpiredAsync(session, instance, state, definition, timer, now, cancellationToken).ConfigureAwait(false),
            _ => false,
        };
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    private async Task<bool> ResumeDelayAsync(
        IStoreSession session, InstanceRecord instance, ExecutionState state, WorkflowDefinition definition, TimerRecord timer, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var bookmark = state.Bookmarks.FirstOrDefault(b => b.Id == timer.Id);
        if (bookmark is null)
        {
            return false;
        }

        await session.AppendAuditAsync(new AuditEvent(instance.Id, now, Actor.System.Name, bookmark.ActivityId, AuditEvents.TimerFired), cancellationToken)
            .ConfigureAwait(false);
        var effects = interpreter.Resume(definition.Root, state, bookmark, PortNames.Done, ScopeOf(instance, state));
        await SaveAsync(session, instance, state, effects, now, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Reminds the task's office before the due date: an e-mail intent for the mail pipeline, which resolves the staff.</summary>
    private async Task<bool> RemindAsync(
        IStoreSession session, InstanceRecord instance, ExecutionState state, TimerRecord timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (timer.TaskId is not { } taskId
            || await session.GetTaskAsync(taskId, cancellationToken).ConfigureAwait(false) is not { Status: TaskStates.Open } task
            || state.Clocks.FirstOrDefault(c => c.Kind == ClockKinds.Task && c.OwnerId == taskId) is not { } clock)
        {
            return false;
        }

        var mailed = await MailStaffAsync(session, instance, task.Office, task.Role, to => TaskMail(to, task, clock.DueAt, overdue: false), now, cancellationToken)
            .ConfigureAwait(false);
        await session.AppendAuditAsync(
            new AuditEvent(instance.Id, now, Actor.System.Name, task.ActivityId, AuditEvents.TaskReminded, null,
                $"Reminder to {task.Role} at {task.Office}: due {Local(clock.DueAt, clock.Zone)}; {Recipients(mailed)}."),
            cancellationToken).ConfigureAwait(false);
        await SaveAsync(session, instance, state, new ExecutionEffects(), now, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The task's due date passed: it is overdue, then escalated or decided automatically as the definition says.</summary>
    private async Task<bool> TaskDeadlineAsync(
        IStoreSession session, InstanceRecord instance, ExecutionState state, WorkflowDefinition definition, TimerRecord timer, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (timer.TaskId is not { } taskId
            || await session.GetTaskAsync(taskId, cancellationToken).ConfigureAwait(false) is not { Status: TaskStates.Open } task
            || state.Clocks.FirstOrDefault(c => c.Kind == ClockKinds.Task && c.TimerId == timer.Id) is not { } clock)
        {
            return false;
        }

        clock.ExpiredAt = now;
        clock.TimerId = null;
        await session.AppendAuditAsync(
            new AuditEvent(instance.Id, now, Actor.System.Name, task.ActivityId, AuditEvents.TaskOverdue, null,
                $"Not decided within {clock.Days} working days (due {Local(clock.DueAt, clock.Zone)})."),
            cancellationToken).ConfigureAwait(false);
        var outcomes = ReadStringList(task.OutcomesJson);
        if (clock.OnDeadline is { } automatic && outcomes.Contains(automatic, StringComparer.Ordinal) && state.Bookmarks.Any(b => b.Id == task.Id))
        {
            await DecideWithinAsync(session, instance, state, definition, task, automatic,
                $"Automatic outcome: the task was not decided within {clock.Days} working days.", [], Actor.System, now, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }

        if (clock.OnDeadline == HumanTaskActivity.Escalate)
        {
            var role = clock.EscalateTo ?? StaffRoles.Head;
            await session.UpdateTaskAsync(task with { EscalatedToRole = role }, cancellationToken).ConfigureAwait(false);
            var mailed = await MailStaffAsync(session, instance, task.Office, role, to => TaskMail(to, task, clock.DueAt, overdue: true), now, cancellationToken)
                .ConfigureAwait(false);
            await session.AppendAuditAsync(
                new AuditEvent(instance.Id, now, Actor.System.Name, task.ActivityId, AuditEvents.TaskEscalated, role,
                    $"Overdue: escalated to {role} at {task.Office}; {Recipients(mailed)}."),
                cancellationToken).ConfigureAwait(false);
        }

        await SaveAsync(session, instance, state, new ExecutionEffects(), now, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The authority stayed silent past the statutory deadline. <c>DeemApprove</c>: every open step is abandoned and the file
    /// goes down its permit path (the <c>Mpp.IssueDocument</c> of kind Permit and what follows), ending as DeemedApproved.
    /// <c>Notify</c>: the head of the authority is told and the route continues.
    /// </summary>
    private async Task<bool> StatutoryDeadlineAsync(
        IStoreSession session, InstanceRecord instance, ExecutionState state, WorkflowDefinition definition, TimerRecord timer, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (state.Clocks.FirstOrDefault(c => c.Kind == ClockKinds.Statutory && c.TimerId == timer.Id) is not { } clock
            || clock.IsPaused || instance.Status != ApplicationStatuses.InProgress)
        {
            return false;
        }

        clock.ExpiredAt = now;
        clock.TimerId = null;
        var why = $"No decision within {clock.Days} working days after the file was complete (complete since "
            + $"{Local(clock.StartedAt, clock.Zone)}, {clock.Pauses.Count} pause(s) with the applicant, due {Local(clock.DueAt, clock.Zone)}).";
        await session.AppendAuditAsync(
            new AuditEvent(instance.Id, now, Actor.System.Name, clock.ActivityId, AuditEvents.StatutoryDeadlinePassed, clock.OnDeadline, why,
                ClockDetails(clock)),
            cancellationToken).ConfigureAwait(false);
        if (!string.Equals(clock.OnDeadline, "DeemApprove", StringComparison.OrdinalIgnoreCase))
        {
            await MailStaffAsync(session, instance, _options.AuthorityOffice, StaffRoles.Head, to => StatutoryMail(to, clock), now, cancellationToken)
                .ConfigureAwait(false);
            await SaveAsync(session, instance, state, new ExecutionEffects(), now, cancellationToken).ConfigureAwait(false);
            return true;
        }

        state.DeemedApproval = true;
        await session.AppendAuditAsync(
            new AuditEvent(instance.Id, now, Actor.System.Name, clock.ActivityId, AuditEvents.DeemedApproved, ApplicationResults.DeemedApproved,
                why + " The application is deemed approved by law (fiktif positif, UU 30/2014 art. 53 as amended by UU 6/2023); "
                + "open steps are cancelled and the permit is issued."),
            cancellationToken).ConfigureAwait(false);
        var permit = definition.Root.Activities.FirstOrDefault(a =>
            a.Type == ActivityTypes.IssueDocument && IssueDocumentActivity.ReadKind(a) == IssueDocumentActivity.Permit);
        ExecutionEffects effects;
        if (permit is null)
        {
            // A route without a permit document still ends approved: the law grants the permit, not the document.
            effects = interpreter.Jump(definition.Root, state, null, ScopeOf(instance, state));
            effects.Result = ApplicationResults.Approved;
            effects.Trace.Add(new(clock.ActivityId ?? string.Empty, AuditEvents.Ended, ApplicationResults.Approved));
        }
        else
        {
            effects = interpreter.Jump(definition.Root, state, permit.Id, ScopeOf(instance, state));
        }

        // The route's end names its normal result; the history must show the one the law gave.
        for (var i = 0; i < effects.Trace.Count; i++)
        {
            if (effects.Trace[i] is { Event: AuditEvents.Ended, Outcome: ApplicationResults.Approved } ended)
            {
                effects.Trace[i] = ended with { Outcome = ApplicationResults.DeemedApproved };
            }
        }

        await SaveAsync(session, instance, state, effects, now, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> RevisionExpiredAsync(
        IStoreSession session, InstanceRecord instance, ExecutionState state, WorkflowDefinition definition, TimerRecord timer, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (state.Clocks.FirstOrDefault(c => c.Kind == ClockKinds.Revision && c.TimerId == timer.Id) is not { } clock
            || state.Bookmarks.FirstOrDefault(b => b.Id == clock.OwnerId) is not { } bookmark)
        {
            return false;
        }

        clock.ExpiredAt = now;
        clock.TimerId = null;
        await session.AppendAuditAsync(
            new AuditEvent(instance.Id, now, Actor.System.Name, bookmark.ActivityId, AuditEvents.RevisionExpired, PortNames.Expired,
                $"The applicant did not resubmit within {clock.Days} working days."),
            cancellationToken).ConfigureAwait(false);
        state.RevisionReasons = null;
        var effects = interpreter.Resume(definition.Root, state, bookmark, PortNames.Expired, ScopeOf(instance, state));
        await SaveAsync(session, instance, state, effects, now, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task SaveAsync(
        IStoreSession session, InstanceRecord instance, ExecutionState state, ExecutionEffects effects, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var updated = await ApplyAsync(session, instance, state, effects, Actor.System, now, cancellationToken).ConfigureAwait(false);
        await session.UpdateInstanceAsync(updated, instance.Revision, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Queues one mail per active account of <paramref name="office"/> with <paramref name="role"/> that has an e-mail address
    /// (each its own outbox row: its own Message-Id and retries). The accounts are read outside the transaction: an account
    /// changed meanwhile only changes who is told. Returns how many mails were queued.
    /// </summary>
    private async Task<int> MailStaffAsync(
        IStoreSession session, InstanceRecord instance, string office, string role, Func<UserRecord, OutboxPayload> payload, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var staff = (await store.ListUsersAsync(cancellationToken).ConfigureAwait(false))
            .Where(u => u.Active && !string.IsNullOrWhiteSpace(u.Email) && string.Equals(u.Office, office, StringComparison.Ordinal)
                && u.Roles.Contains(role, StringComparer.Ordinal))
            .ToList();
        foreach (var user in staff)
        {
            await EnqueueAsync(session, instance.Id, payload(user), now, cancellationToken).ConfigureAwait(false);
        }

        return staff.Count;
    }

    // MailStaffAsync only mails accounts with an address.
    private static ReminderMailPayload TaskMail(UserRecord to, TaskRecord task, DateTimeOffset? dueAt, bool overdue) =>
        new(to.Email!, to.DisplayName, task.Title, dueAt, overdue);

    private static StatutoryDeadlineMailPayload StatutoryMail(UserRecord to, WorkingClock clock) =>
        new(to.Email!, to.DisplayName, clock.DueAt, clock.Days);

    private static string Recipients(int mailed) => mailed == 0 ? "no account with an e-mail address to tell" : $"{mailed} mail(s) queued";

    private static string Local(DateTimeOffset? instant, string zone) => instant is { } value
        ? TimeZoneInfo.ConvertTime(value, Calendar.TimeZones.Resolve(zone)).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)
        : "unknown";
}
