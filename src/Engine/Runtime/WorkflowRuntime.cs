using Mpp.Workflows.Definitions.Model;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Model;
using Mpp.Workflows.Engine.Model.Payloads;
using Mpp.Workflows.Engine.Persistence;
using Mpp.Workflows.Engine.Runtime.Expressions;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The engine's command side. Every command is one store transaction: lock the application, check, let the
/// <see cref="FlowchartInterpreter"/> advance it as far as it goes without waiting, then write the instance, tasks,
/// timers, audit entries and outbox rows together (<see cref="ApplyAsync"/> is the one place where effects turn into rows).
/// Split by concern into partial files: submission, tasks, applicant, administration, timers, clocks, calendars, queries.
/// </summary>
public sealed partial class WorkflowRuntime(
    IWorkflowStore store,
    DefinitionProvider definitions,
    FlowchartInterpreter interpreter,
    CalendarBook calendars,
    ITimerScheduler scheduler,
    TimeProvider time,
    IOptions<EngineOptions> options,
    ILogger<WorkflowRuntime> logger) : ITimerHandler
{
    private readonly EngineOptions _options = options.Value;

    /// <summary>Writes what an interpreter run decided and returns the instance to store (status, state, revision).</summary>
    private async Task<InstanceRecord> ApplyAsync(
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
                new AuditEvent(instance.Id, now, actor.Name, entry.ActivityId, entry.Event, entry.Outcome, null, Details(entry.Detail)),
                cancellationToken).ConfigureAwait(false);
        }

        foreach (var task in effects.NewTasks)
        {
            DateTimeOffset? due = null;
            if (await StartTaskClockAsync(task, actor, now, cancellationToken).ConfigureAwait(false) is { } clock)
            {
                state.Clocks.Add(clock);
                due = await ArmAsync(session, instance, clock, actor, now, cancellationToken).ConfigureAwait(false);
            }

            await session.InsertTaskAsync(NewTaskRecord(instance, task, now) with { DueAt = due }, cancellationToken).ConfigureAwait(false);
        }

        foreach (var revision in effects.Revisions.Where(r => state.Bookmarks.Any(b => b.Id == r.BookmarkId)))
        {
            await StartRevisionClockAsync(session, instance, state, revision, actor, now, cancellationToken).ConfigureAwait(false);
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
            await EnqueueAsync(session, instance.Id, new IssueDocumentPayload(kind, document.Node.Id), now, cancellationToken).ConfigureAwait(false);
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
            await DropFinishedClocksAsync(session, state, ended: true, now, cancellationToken).ConfigureAwait(false);
            await session.CancelTimersAsync(instance.Id, null, now, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            status = state.Bookmarks.Any(b => b.Kind == BookmarkKinds.ApplicantRevision) ? ApplicationStatuses.AwaitingApplicant : ApplicationStatuses.InProgress;
            await DropFinishedClocksAsync(session, state, ended: false, now, cancellationToken).ConfigureAwait(false);
            if (status == ApplicationStatuses.AwaitingApplicant && instance.Status != ApplicationStatuses.AwaitingApplicant)
            {
                await PauseClocksAsync(session, instance, state, actor, now, cancellationToken).ConfigureAwait(false);
            }
            else if (status == ApplicationStatuses.InProgress && instance.Status == ApplicationStatuses.AwaitingApplicant)
            {
                await ResumeClocksAsync(session, instance, state, actor, now, cancellationToken).ConfigureAwait(false);
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

    private static TaskRecord NewTaskRecord(InstanceRecord instance, ExecutionEffects.NewTask task, DateTimeOffset now)
    {
        var form = task.Spec.Form.Select(f => new FormFieldView(f.Name, f.Type.ToString(), f.DisplayName, f.Required, f.Options)).ToList();
        return new TaskRecord(
            task.Id, instance.Id, instance.RegistrationNumber, instance.DefinitionId, task.Node.Id, task.Title,
            task.Spec.Office ?? string.Empty, task.Spec.Role ?? string.Empty, TaskStates.Open, null,
            EngineJson.Serialize(task.Spec.Outcomes), EngineJson.Serialize(form), now, null, null, null, null, null, null);
    }

    private static async Task EnqueueAsync(IStoreSession session, Guid instanceId, OutboxPayload payload, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.EnqueueOutboxAsync(
            new OutboxMessage(Guid.NewGuid(), instanceId, payload.OutboxKind, OutboxPayloads.Write(payload), OutboxStatuses.Pending, 0, now, now, null),
            cancellationToken).ConfigureAwait(false);

    private static string? Details(string? detail) => detail is null ? null : new JsonObject { ["detail"] = detail }.ToJsonString();

    private static Func<ExpressionScope> ScopeOf(InstanceRecord instance, ExecutionState state) =>
        () => new ExpressionScope(instance.DataJson, instance.ApplicantJson, EngineJson.Serialize(state.Outcomes));

    private static JsonObject ParseObject(string json) => JsonNode.Parse(json) as JsonObject ?? [];

    private async Task<WorkflowDefinition> DefinitionOfAsync(InstanceRecord instance, CancellationToken cancellationToken) =>
        await definitions.GetVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken).ConfigureAwait(false);

    private static CommandException NotFound(string what) => new(CommandErrorKind.NotFound, $"{what} not found");

    private static CommandException Conflict(string title, string? detail = null) => new(CommandErrorKind.Conflict, title, detail);

    private static CommandException Invalid(string title, Dictionary<string, string[]> errors) =>
        new(CommandErrorKind.Invalid, title, "See errors for each field.", errors);

    private static IReadOnlyList<string> ReadStringList(string json) =>
        JsonSerializer.Deserialize<List<string>>(json, EngineJson.Options) ?? [];
}
