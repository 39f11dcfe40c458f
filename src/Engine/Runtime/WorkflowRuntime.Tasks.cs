using Mpp.Workflows.Definitions.Model;
using Mpp.Workflows.Engine.Model;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Engine.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Decides a task: checks office and role (403), that it is still open and not claimed by someone else (409), that the
    /// outcome is one the task declares and the form is complete (400); then continues the route through that outcome.
    /// </summary>
    public async Task<ApplicationView> CompleteTaskAsync(Guid taskId, CompleteTaskCommand command, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(command.Outcome))
        {
            throw Invalid("An outcome is required", new() { ["outcome"] = ["Choose one of the task's outcomes."] });
        }

        Guid instanceId;
        await using (var session = await BeginAsync(cancellationToken).ConfigureAwait(false))
        {
            var (instance, task) = await LockTaskAsync(session, taskId, actor, cancellationToken).ConfigureAwait(false);
            instanceId = instance.Id;
            if (task.Status != TaskStates.Open)
            {
                throw Conflict("The task is no longer open", $"It was {task.Status.ToLowerInvariant()} by {task.CompletedBy ?? "the system"}.");
            }

            if (task.Assignee is { } assignee && !string.Equals(assignee, actor.Name, StringComparison.OrdinalIgnoreCase))
            {
                throw Conflict("The task is claimed by someone else", $"{assignee} has claimed it; ask them to release it.");
            }

            var outcomes = ReadStringList(task.OutcomesJson);
            var outcome = outcomes.FirstOrDefault(o => string.Equals(o, command.Outcome, StringComparison.OrdinalIgnoreCase))
                ?? throw Invalid("Unknown outcome", new() { ["outcome"] = [$"'{command.Outcome}' is not an outcome of this task. Choose one of: {string.Join(", ", outcomes)}."] });
            var definition = await DefinitionOfAsync(instance, cancellationToken).ConfigureAwait(false);
            var fields = command.Fields ?? [];
            var form = Definitions.Catalog.Activities.HumanTaskActivity.ReadSpec(definition.Root.Find(task.ActivityId)!).Form;
            var formErrors = ApplicationDataValidator.Validate(fields, form, "fields.");
            if (formErrors.Count > 0)
            {
                throw Invalid("The task form is incomplete or malformed", formErrors);
            }

            if (instance.Status == ApplicationStatuses.Faulted)
            {
                throw Conflict("The application is faulted", "An administrator must retry it before tasks can be completed.");
            }

            var state = EngineJson.Deserialize<ExecutionState>(instance.StateJson);
            if (state.Bookmarks.All(b => b.Id != task.Id))
            {
                throw Conflict("The task is no longer awaited by the route");
            }

            await DecideWithinAsync(session, instance, state, definition, task, outcome, command.Comment, fields, actor, time.GetUtcNow(), cancellationToken)
                .ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return (await GetApplicationAsync(instanceId, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// Records the decision of an open task and continues the route through the outcome, inside the caller's transaction:
    /// the person's decision and the automatic outcome at a deadline take this same path. Writes the instance.
    /// </summary>
    private async Task DecideWithinAsync(
        IStoreSession session,
        InstanceRecord instance,
        ExecutionState state,
        WorkflowDefinition definition,
        TaskRecord task,
        string outcome,
        string? comment,
        JsonObject fields,
        Actor actor,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var node = definition.Root.Find(task.ActivityId)!;
        var form = Definitions.Catalog.Activities.HumanTaskActivity.ReadSpec(node).Form;
        var bookmark = state.Bookmarks.First(b => b.Id == task.Id);
        await session.UpdateTaskAsync(
            task with { Status = TaskStates.Completed, Outcome = outcome, Comment = comment, CompletedBy = actor.Name, CompletedAt = now },
            cancellationToken).ConfigureAwait(false);
        await session.CancelTimersAsync(instance.Id, task.Id, now, cancellationToken).ConfigureAwait(false);
        await session.AppendAuditAsync(
            new AuditEvent(instance.Id, now, actor.Name, task.ActivityId, AuditEvents.TaskCompleted, outcome, comment,
                fields.Count > 0 ? fields.ToJsonString() : null),
            cancellationToken).ConfigureAwait(false);

        state.Outcomes[task.ActivityId] = outcome;
        state.LastComment = comment;
        var current = instance with { DataJson = MergeFields(instance.DataJson, fields, form) };
        await StartStatutoryClockAsync(session, current, state, definition, node, outcome, actor, now, cancellationToken).ConfigureAwait(false);
        var effects = interpreter.Resume(definition.Root, state, bookmark, outcome, ScopeOf(current, state));
        var updated = await ApplyAsync(session, current, state, effects, actor, now, cancellationToken).ConfigureAwait(false);
        await session.UpdateInstanceAsync(updated, instance.Revision, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes a task into the user's own queue so colleagues see it is being worked on.</summary>
    public Task<TaskView> ClaimTaskAsync(Guid taskId, Actor actor, CancellationToken cancellationToken) =>
        ChangeAssigneeAsync(taskId, actor, claim: true, cancellationToken);

    /// <summary>Gives a claimed task back to the office queue (the claimant, or the office head).</summary>
    public Task<TaskView> ReleaseTaskAsync(Guid taskId, Actor actor, CancellationToken cancellationToken) =>
        ChangeAssigneeAsync(taskId, actor, claim: false, cancellationToken);

    private async Task<TaskView> ChangeAssigneeAsync(Guid taskId, Actor actor, bool claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var session = await BeginAsync(cancellationToken).ConfigureAwait(false);
        var (instance, task) = await LockTaskAsync(session, taskId, actor, cancellationToken).ConfigureAwait(false);
        if (task.Status != TaskStates.Open)
        {
            throw Conflict("The task is no longer open");
        }

        var mine = string.Equals(task.Assignee, actor.Name, StringComparison.OrdinalIgnoreCase);
        TaskRecord updated;
        if (claim)
        {
            if (task.Assignee is not null && !mine)
            {
                throw Conflict("The task is claimed by someone else", $"{task.Assignee} has claimed it.");
            }

            updated = task with { Assignee = actor.Name };
        }
        else
        {
            if (task.Assignee is null)
            {
                return await ViewOfAsync(task, cancellationToken).ConfigureAwait(false);
            }

            if (!mine && !actor.HasRole(StaffRoles.Head))
            {
                throw new CommandException(CommandErrorKind.Forbidden, "Only the claimant or the office head can release this task");
            }

            updated = task with { Assignee = null };
        }

        if (updated != task)
        {
            var now = time.GetUtcNow();
            await session.UpdateTaskAsync(updated, cancellationToken).ConfigureAwait(false);
            await session.AppendAuditAsync(
                new AuditEvent(instance.Id, now, actor.Name, task.ActivityId, claim ? AuditEvents.TaskClaimed : AuditEvents.TaskReleased),
                cancellationToken).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return await ViewOfAsync(updated, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Locks the task's application and re-reads the task under the lock; 404 unknown, 403 not this user's.</summary>
    private static async Task<(InstanceRecord Instance, TaskRecord Task)> LockTaskAsync(
        IStoreSession session, Guid taskId, Actor actor, CancellationToken cancellationToken)
    {
        var (instance, task) = await session.LockInstanceOfTaskAsync(taskId, cancellationToken).ConfigureAwait(false) ?? throw NotFound("Task");
        if (!MayAct(actor, task))
        {
            throw new CommandException(
                CommandErrorKind.Forbidden,
                "This task belongs to another office or role",
                $"The task is for {task.Role} at {task.Office}.");
        }

        return (instance, task);
    }

    /// <summary>Staff act on tasks of their own office and role, or of a role the task was escalated to.</summary>
    public static bool MayAct(Actor actor, TaskRecord task)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(task);
        return string.Equals(actor.Office, task.Office, StringComparison.OrdinalIgnoreCase)
            && (actor.HasRole(task.Role) || (task.EscalatedToRole is { } escalated && actor.HasRole(escalated)));
    }

    /// <summary>Task form values become part of the application data (e.g. the assessed fee), visible to later steps.</summary>
    private static string MergeFields(string dataJson, JsonObject fields, IReadOnlyList<FieldDefinition> form)
    {
        if (fields.Count == 0)
        {
            return dataJson;
        }

        var data = ParseObject(dataJson);
        foreach (var field in form)
        {
            if (fields.TryGetPropertyValue(field.Name, out var value))
            {
                data[field.Name] = value?.DeepClone();
            }
        }

        return data.ToJsonString();
    }
}
