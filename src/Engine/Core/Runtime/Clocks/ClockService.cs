using Mpp.Workflows.Definitions.Catalog.Activities;
using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The legal clocks (see <see cref="WorkingClock"/>): task SLAs with their reminder and deadline timers, the statutory clock
/// and the applicant's revision deadline. Every start, pause, resume and recomputation is audited on the application, and
/// every due instant becomes a timer row in the caller's transaction.
/// </summary>
public sealed class ClockService(
    CalendarBook calendars,
    OfficeZones zones,
    FlowchartInterpreter interpreter,
    IOptions<EngineOptions> options,
    ILogger<ClockService> logger)
{
    private readonly EngineOptions _options = options.Value;

    public async Task<WorkingClock?> StartTaskClockAsync(ExecutionEffects.NewTask task, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (task.Spec.SlaDays is not { } days)
        {
            return null;
        }

        return new WorkingClock
        {
            Kind = ClockKinds.Task,
            Days = days,
            Zone = await zones.ZoneOfAsync(task.Spec.Office, cancellationToken).ConfigureAwait(false),
            StartedAt = now,
            StartedBy = actor.Name,
            ActivityId = task.Node.Id,
            OwnerId = task.Id,
            ReminderDaysBefore = task.Spec.ReminderDaysBefore is > 0 and var before && before < days ? before : null,
            OnDeadline = task.Spec.OnDeadline,
            EscalateTo = task.Spec.EscalateTo,
        };
    }

    /// <summary>
    /// Starts the statutory clock (<see cref="StatutoryClock"/>) unless the application already has one.
    /// </summary>
    public async Task StartStatutoryClockAsync(
        IStoreSession session, InstanceRecord instance, ExecutionState state, WorkflowDefinition definition, ActivityNode taskNode, string outcome,
        Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (state.Clocks.Any(c => c.Kind == ClockKinds.Statutory)
            || StatutoryClock(interpreter, definition, taskNode, outcome, _options.TimeZone, now, actor.Name) is not { } clock)
        {
            return;
        }

        await StartAsync(
            session, instance, state, clock, actor, now, $"Berkas lengkap: keputusan paling lambat {clock.Days} hari kerja.",
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The statutory clock that deciding <paramref name="taskNode"/> with <paramref name="outcome"/> starts, or null: it starts
    /// when a <c>marksComplete</c> task is decided with an outcome that does not go straight back to the applicant (a return for
    /// correction means the file is not complete). The one rule for applications and test runs (<see cref="RouteSimulation"/>).
    /// </summary>
    internal static WorkingClock? StatutoryClock(
        FlowchartInterpreter interpreter, WorkflowDefinition definition, ActivityNode taskNode, string outcome, string zone, DateTimeOffset now,
        string startedBy)
    {
        if (definition.Options.StatutoryDays is not { } days
            || !HumanTaskActivity.ReadSpec(taskNode).MarksComplete
            || interpreter.ReturnsToApplicant(definition.Root, taskNode.Id, outcome))
        {
            return null;
        }

        return new WorkingClock
        {
            Kind = ClockKinds.Statutory,
            Days = days,
            Zone = zone,
            StartedAt = now,
            StartedBy = startedBy,
            ActivityId = taskNode.Id,
            OnDeadline = definition.Options.OnStatutoryDeadline,
        };
    }

    public async Task StartRevisionClockAsync(
        IStoreSession session, InstanceRecord instance, ExecutionState state, ExecutionEffects.NewRevision revision, Actor actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (revision.ExpiresAfterDays is not { } days)
        {
            return;
        }

        var clock = new WorkingClock
        {
            Kind = ClockKinds.Revision,
            Days = days,
            Zone = _options.TimeZone,
            StartedAt = now,
            StartedBy = actor.Name,
            ActivityId = revision.Node.Id,
            OwnerId = revision.BookmarkId,
        };
        await StartAsync(
            session, instance, state, clock, actor, now, $"Pemohon mempunyai {days} hari kerja untuk mengirim perbaikan.", cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Adds a new clock to the application's state, arms it and audits its start with the reason given. The reason is read by
    /// officers in the file's history beside their own comments, so it is written in Indonesian, the office's language.
    /// </summary>
    private async Task StartAsync(
        IStoreSession session, InstanceRecord instance, ExecutionState state, WorkingClock clock, Actor actor, DateTimeOffset now,
        string reason, CancellationToken cancellationToken)
    {
        state.Clocks.Add(clock);
        await ArmAsync(session, instance, clock, actor, now, cancellationToken).ConfigureAwait(false);
        await session.AppendAuditAsync(
            new AuditEvent(
                instance.Id, now, actor.Name, clock.ActivityId, AuditEvents.ClockStarted, clock.Kind, reason, ClockViews.Details(clock)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Computes the clock's due instant and writes its timers, replacing pending ones. A missing calendar year leaves the clock
    /// without a due instant and says so in the audit trail; the next calendar change computes it. Returns the due instant.
    /// </summary>
    public async Task<DateTimeOffset?> ArmAsync(
        IStoreSession session, InstanceRecord instance, WorkingClock clock, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (clock.TimerId is { } previous)
        {
            await session.CancelTimerAsync(previous, now, cancellationToken).ConfigureAwait(false);
            clock.TimerId = null;
        }

        if (clock.Kind == ClockKinds.Task && clock.OwnerId is { } pendingTask)
        {
            await session.CancelTimersAsync(instance.Id, pendingTask, now, cancellationToken).ConfigureAwait(false);
        }

        DateTimeOffset? due;
        DateTimeOffset? reminder = null;
        try
        {
            due = clock.ComputeDue(calendars.Days);
            if (due is not null && clock.ReminderDaysBefore is { } before)
            {
                reminder = clock.ComputeDue(calendars.Days, clock.Days - before);
            }
        }
        catch (CalendarYearMissingException e)
        {
            clock.DueAt = null;
            if (clock.Problem != e.Message)
            {
                clock.Problem = e.Message;
                logger.LogWarning("Application {RegistrationNumber}: {Kind} clock of {ActivityId} has no due date: {Message}",
                    instance.RegistrationNumber, clock.Kind, clock.ActivityId, e.Message);
                await session.AppendAuditAsync(
                    new AuditEvent(instance.Id, now, actor.Name, clock.ActivityId, AuditEvents.CalendarMissing, clock.Kind, e.Message),
                    cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        clock.Problem = null;
        clock.DueAt = due;
        if (due is not { } dueAt)
        {
            clock.Provisional = false;
            return null;
        }

        await NoteProvisionalAsync(session, instance, clock, dueAt, actor, now, cancellationToken).ConfigureAwait(false);

        var (kind, taskId) = clock.Kind switch
        {
            ClockKinds.Task => (TimerKinds.TaskDeadline, clock.OwnerId),
            ClockKinds.Revision => (TimerKinds.RevisionExpiry, (Guid?)null),
            _ => (TimerKinds.Statutory, (Guid?)null),
        };
        clock.TimerId = Guid.NewGuid();
        await session.InsertTimerAsync(
            new TimerRecord(clock.TimerId.Value, instance.Id, kind, clock.ActivityId, taskId, dueAt, null, null) { Provisional = clock.Provisional },
            cancellationToken).ConfigureAwait(false);
        if (reminder is { } remindAt && taskId is { } task && !await ReminderFiredAsync(session, task, cancellationToken).ConfigureAwait(false))
        {
            await session.InsertTimerAsync(
                new TimerRecord(Guid.NewGuid(), instance.Id, TimerKinds.TaskReminder, clock.ActivityId, task, remindAt, null, null)
                {
                    Provisional = clock.Provisional,
                },
                cancellationToken).ConfigureAwait(false);
        }

        return dueAt;
    }

    /// <summary>
    /// Marks the clock provisional when its count passes through a year without its decree, and audits it when it becomes so:
    /// nothing the clock does (deemed approval, an automatic outcome, a reminder) happens on an estimate.
    /// </summary>
    private async Task NoteProvisionalAsync(
        IStoreSession session, InstanceRecord instance, WorkingClock clock, DateTimeOffset dueAt, Actor actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var years = calendars.ProvisionalYears(clock.StartedAt, dueAt, TimeZones.Resolve(clock.Zone));
        var was = clock.Provisional;
        clock.Provisional = years.Count > 0;
        if (!clock.Provisional || was)
        {
            return;
        }

        var comment = $"Batas waktu {StaffMail.Local(dueAt, clock.Zone)} adalah perkiraan: keputusan hari libur {string.Join(", ", years)} "
            + "belum dimuat. Tidak ada tindakan otomatis pada tanggal perkiraan; tanggal resmi dihitung saat kalender resmi diterbitkan.";
        await session.AppendAuditAsync(
            new AuditEvent(instance.Id, now, actor.Name, clock.ActivityId, AuditEvents.DueProvisional, clock.Kind, comment, ProvisionalDetails(clock, years)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The clock's details and the years without a decree it counts through: what pages write the event from.</summary>
    private static string ProvisionalDetails(WorkingClock clock, IReadOnlyList<int> years)
    {
        var details = ClockViews.DetailsNode(clock);
        details["provisionalYears"] = new JsonArray([.. years.Select(y => (JsonNode?)y)]);
        return details.ToJsonString();
    }

    private static async Task<bool> ReminderFiredAsync(IStoreSession session, Guid taskId, CancellationToken cancellationToken) =>
        (await session.GetTimersOfTaskAsync(taskId, cancellationToken).ConfigureAwait(false))
            .Any(t => t.Kind == TimerKinds.TaskReminder && t.FiredAt is not null);

    /// <summary>The file went to the applicant: task and statutory clocks stand still, their timers are withdrawn.</summary>
    public async Task PauseClocksAsync(
        IStoreSession session, InstanceRecord instance, ExecutionState state, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var paused = new List<string>();
        foreach (var clock in state.Clocks.Where(c => c.Kind != ClockKinds.Revision && !c.IsPaused && c.StoppedAt is null && c.ExpiredAt is null))
        {
            clock.Pauses.Add(new ClockPause { From = now, PausedBy = actor.Name });
            if (clock.TimerId is { } timer)
            {
                await session.CancelTimerAsync(timer, now, cancellationToken).ConfigureAwait(false);
            }

            if (clock.Kind == ClockKinds.Task && clock.OwnerId is { } taskId)
            {
                await session.CancelTimersAsync(instance.Id, taskId, now, cancellationToken).ConfigureAwait(false);
                await SetTaskDueAsync(session, taskId, null, cancellationToken).ConfigureAwait(false);
            }

            clock.TimerId = null;
            clock.DueAt = null;
            clock.Provisional = false;
            paused.Add($"{clock.Kind}:{clock.ActivityId}");
        }

        if (paused.Count > 0)
        {
            await session.AppendAuditAsync(
                new AuditEvent(instance.Id, now, actor.Name, null, AuditEvents.ClockPaused, null,
                    "The file is with the applicant: clocks are paused.", new JsonObject { ["clocks"] = new JsonArray([.. paused.Select(p => (JsonNode?)p)]) }.ToJsonString()),
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The applicant resubmitted: paused clocks run again from now with the working days they had left.</summary>
    public async Task ResumeClocksAsync(
        IStoreSession session, InstanceRecord instance, ExecutionState state, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var resumed = new JsonArray();
        foreach (var clock in state.Clocks.Where(c => c.IsPaused))
        {
            var pause = clock.Pauses[^1];
            pause.To = now;
            pause.ResumedBy = actor.Name;
            var due = await ArmAsync(session, instance, clock, actor, now, cancellationToken).ConfigureAwait(false);
            if (clock.Kind == ClockKinds.Task && clock.OwnerId is { } taskId)
            {
                await SetTaskDueAsync(session, taskId, due, cancellationToken).ConfigureAwait(false);
            }

            resumed.Add(ClockViews.DetailsNode(clock));
        }

        if (resumed.Count > 0)
        {
            await session.AppendAuditAsync(
                new AuditEvent(instance.Id, now, actor.Name, null, AuditEvents.ClockResumed, null,
                    "The applicant resubmitted: clocks run again.", new JsonObject { ["clocks"] = resumed }.ToJsonString()),
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Recomputes running clocks after a calendar change; audits each due instant that moved, with <paramref name="reason"/> as
    /// comment and <paramref name="cause"/> (what pages write the reason from) in the details. Returns how many moved.
    /// </summary>
    public async Task<int> RecomputeClocksAsync(
        IStoreSession session, InstanceRecord instance, ExecutionState state, Actor actor, DateTimeOffset now, string reason,
        CancellationToken cancellationToken, JsonObject? cause = null)
    {
        var moved = 0;
        foreach (var clock in state.Clocks.Where(c => !c.IsPaused && c.StoppedAt is null && c.ExpiredAt is null))
        {
            DateTimeOffset? expected;
            try
            {
                expected = clock.ComputeDue(calendars.Days);
            }
            catch (CalendarYearMissingException)
            {
                expected = null;
            }

            var provisional = expected is { } at && calendars.DependsOnProvisional(clock.StartedAt, at, TimeZones.Resolve(clock.Zone));
            if (expected == clock.DueAt && provisional == clock.Provisional && (expected is not null || clock.Problem is null))
            {
                continue;
            }

            var wasProvisional = clock.Provisional;

            var before = clock.DueAt;
            var due = await ArmAsync(session, instance, clock, actor, now, cancellationToken).ConfigureAwait(false);
            if (clock.Kind == ClockKinds.Task && clock.OwnerId is { } taskId)
            {
                await SetTaskDueAsync(session, taskId, due, cancellationToken).ConfigureAwait(false);
            }

            moved++;
            await session.AppendAuditAsync(
                new AuditEvent(instance.Id, now, actor.Name, clock.ActivityId, AuditEvents.DueRecomputed, clock.Kind, reason,
                    new JsonObject
                    {
                        ["before"] = before?.ToString("O", CultureInfo.InvariantCulture),
                        ["after"] = due?.ToString("O", CultureInfo.InvariantCulture),
                        ["beforeProvisional"] = wasProvisional,
                        ["afterProvisional"] = clock.Provisional,
                        ["cause"] = cause?.DeepClone(),
                    }.ToJsonString()),
                cancellationToken).ConfigureAwait(false);
        }

        return moved;
    }

    /// <summary>Clocks whose task or revision is gone stop; their timers are withdrawn (an end also stops the statutory clock).</summary>
    public static async Task DropFinishedClocksAsync(
        IStoreSession session, ExecutionState state, bool ended, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var clock in state.Clocks.ToList())
        {
            var gone = ended
                || (clock.Kind != ClockKinds.Statutory && clock.OwnerId is { } owner && state.Bookmarks.All(b => b.Id != owner));
            if (!gone)
            {
                continue;
            }

            if (clock.TimerId is { } timer)
            {
                await session.CancelTimerAsync(timer, now, cancellationToken).ConfigureAwait(false);
            }

            if (clock.Kind == ClockKinds.Statutory)
            {
                clock.StoppedAt ??= now;
                clock.TimerId = null;
            }
            else
            {
                state.Clocks.Remove(clock);
            }
        }
    }

    public static async Task SetTaskDueAsync(IStoreSession session, Guid taskId, DateTimeOffset? due, CancellationToken cancellationToken)
    {
        if (await session.GetTaskAsync(taskId, cancellationToken).ConfigureAwait(false) is { Status: TaskStates.Open } task && task.DueAt != due)
        {
            await session.UpdateTaskAsync(task with { DueAt = due }, cancellationToken).ConfigureAwait(false);
        }
    }
}
