using Mpp.Workflows.Definitions.Catalog.Activities;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// <c>Mpp.HumanTask</c>: opens a task for an office and role and waits for its outcome. Its SLA clock's timers remind the
/// office before the due date and, at the deadline, mark it overdue and escalate it or decide it as the definition says.
/// </summary>
public sealed class HumanTaskExecutor() : ActivityExecutor(ActivityTypes.HumanTask), ITimerHook
{
    /// <summary>Longest title a title script may give a task; a longer one is cut and ends in an ellipsis.</summary>
    public const int MaxTitleLength = 200;

    public IReadOnlyCollection<string> TimerKinds { get; } = [Model.TimerKinds.TaskReminder, Model.TimerKinds.TaskDeadline];

    protected override void Enter(ActivityRun run, ActivityNode node, PendingToken token)
    {
        var spec = HumanTaskActivity.ReadSpec(node);
        var title = spec.Title is null ? node.Name ?? node.Id
            : spec.TitleIsScript ? Shorten(run.EvaluateString(spec.Title)) ?? node.Name ?? node.Id
            : spec.Title;
        var taskId = Guid.NewGuid();
        run.State.Bookmarks.Add(new Bookmark(taskId, node.Id, BookmarkKinds.Task));
        run.Effects.NewTasks.Add(new(taskId, node, spec, title));
        run.Effects.Trace.Add(new(node.Id, AuditEvents.TaskCreated, null, spec.Office));
    }

    /// <summary>A script's title cut to <see cref="MaxTitleLength"/> characters, without splitting a surrogate pair.</summary>
    private static string? Shorten(string? title)
    {
        if (title is null || title.Length <= MaxTitleLength)
        {
            return title;
        }

        var cut = MaxTitleLength - 1;
        if (char.IsHighSurrogate(title[cut - 1]))
        {
            cut--;
        }

        return string.Concat(title.AsSpan(0, cut), "…");
    }

    public async Task<bool> FireAsync(TimerFiring firing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firing);
        var reminder = firing.Timer.Kind == Model.TimerKinds.TaskReminder;
        if (firing.Timer.TaskId is not { } taskId
            || await firing.Session.GetTaskAsync(taskId, cancellationToken).ConfigureAwait(false) is not { Status: TaskStates.Open } task
            || firing.State.Clocks.FirstOrDefault(c => c.Kind == ClockKinds.Task && (reminder ? c.OwnerId == taskId : c.TimerId == firing.Timer.Id))
                is not { } clock)
        {
            return false;
        }

        if (reminder)
        {
            await RemindAsync(firing, task, clock, cancellationToken).ConfigureAwait(false);
        }
        else if (await DeadlineAsync(firing, task, clock, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        await firing.SaveAsync(new ExecutionEffects(), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Reminds the task's office before the due date: an e-mail intent for the mail pipeline, which resolves the staff.</summary>
    private static async Task RemindAsync(TimerFiring firing, TaskRecord task, WorkingClock clock, CancellationToken cancellationToken)
    {
        var mailed = await firing.Services.Mail.MailStaffAsync(firing.Session, firing.Instance, task.Office, task.Role,
            to => StaffMail.TaskMail(to, task, clock.DueAt, overdue: false), firing.Now, cancellationToken).ConfigureAwait(false);
        await firing.AuditAsync(task.ActivityId, AuditEvents.TaskReminded, null,
            $"Reminder to {task.Role} at {task.Office}: due {StaffMail.Local(clock.DueAt, clock.Zone)}; {StaffMail.Recipients(mailed)}.",
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The task's due date passed: it is overdue, then decided automatically (returns true: the decision wrote the instance)
    /// or escalated as the definition says.
    /// </summary>
    private static async Task<bool> DeadlineAsync(TimerFiring firing, TaskRecord task, WorkingClock clock, CancellationToken cancellationToken)
    {
        clock.ExpiredAt = firing.Now;
        clock.TimerId = null;
        await firing.AuditAsync(task.ActivityId, AuditEvents.TaskOverdue, null,
            $"Not decided within {clock.Days} working days (due {StaffMail.Local(clock.DueAt, clock.Zone)}).", cancellationToken).ConfigureAwait(false);
        var outcomes = RuntimeJson.ReadStringList(task.OutcomesJson);
        if (clock.OnDeadline is { } automatic && outcomes.Contains(automatic, StringComparer.Ordinal) && firing.State.Bookmarks.Any(b => b.Id == task.Id))
        {
            await firing.Services.Decisions.DecideAsync(
                new TaskDecision(firing.Session, firing.Instance, firing.State, firing.Definition, task, automatic,
                    $"Automatic outcome: the task was not decided within {clock.Days} working days.", [], Actor.System, firing.Now),
                cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (clock.OnDeadline == HumanTaskActivity.Escalate)
        {
            var role = clock.EscalateTo ?? StaffRoles.Head;
            await firing.Session.UpdateTaskAsync(task with { EscalatedToRole = role }, cancellationToken).ConfigureAwait(false);
            var mailed = await firing.Services.Mail.MailStaffAsync(firing.Session, firing.Instance, task.Office, role,
                to => StaffMail.TaskMail(to, task, clock.DueAt, overdue: true), firing.Now, cancellationToken).ConfigureAwait(false);
            await firing.AuditAsync(task.ActivityId, AuditEvents.TaskEscalated, role,
                $"Overdue: escalated to {role} at {task.Office}; {StaffMail.Recipients(mailed)}.", cancellationToken).ConfigureAwait(false);
        }

        return false;
    }
}
