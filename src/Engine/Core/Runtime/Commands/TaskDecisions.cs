using Mpp.Workflows.Definitions.Catalog.Activities;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>A decision of an open task, inside the caller's transaction.</summary>
public sealed record TaskDecision(
    IStoreSession Session,
    InstanceRecord Instance,
    ExecutionState State,
    WorkflowDefinition Definition,
    TaskRecord Task,
    string Outcome,
    string? Comment,
    JsonObject Fields,
    Actor Actor,
    DateTimeOffset Now);

/// <summary>
/// Records the decision of an open task and continues the route through the outcome: the person's decision
/// (<see cref="CompleteTaskHandler"/>) and the automatic outcome at a deadline (<see cref="HumanTaskExecutor"/>) take this path.
/// </summary>
public sealed class TaskDecisions(CommandPipeline pipeline, FlowchartInterpreter interpreter, ClockService clocks)
{
    /// <summary>
    /// Writes the task, its audit entry, the statutory clock if the file is now complete, the run and the instance; returns the
    /// instance as stored and the run's effects (with the outbox rows queued for its documents).
    /// </summary>
    public async Task<(InstanceRecord Instance, ExecutionEffects Effects)> DecideAsync(TaskDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var (session, instance, state, definition, task, outcome, comment, fields, actor, now) = decision;
        var node = definition.Root.Find(task.ActivityId)!;
        var form = HumanTaskActivity.ReadSpec(node).Form;
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
        await clocks.StartStatutoryClockAsync(session, current, state, definition, node, outcome, actor, now, cancellationToken).ConfigureAwait(false);
        var effects = interpreter.Resume(definition.Root, state, bookmark, outcome, CommandPipeline.ScopeOf(current, state));
        var saved = await pipeline.SaveAsync(session, current, state, effects, actor, now, cancellationToken).ConfigureAwait(false);
        return (saved, effects);
    }

    /// <summary>Locks the task's application and re-reads the task under the lock; 404 unknown, 403 not this user's.</summary>
    public static async Task<(InstanceRecord Instance, TaskRecord Task)> LockTaskAsync(
        IStoreSession session, Guid taskId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var (instance, task) = await session.LockInstanceOfTaskAsync(taskId, cancellationToken).ConfigureAwait(false)
            ?? throw CommandErrors.NotFound("Task");
        if (!MayAct(actor, task))
        {
            throw CommandErrors.Forbidden("This task belongs to another office or role", $"The task is for {task.Role} at {task.Office}.");
        }

        return (instance, task);
    }

    /// <summary>Staff act on tasks of their own office and role, or of a role the task was escalated to.</summary>
    public static bool MayAct(Actor actor, TaskRecord task)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(task);
        return MayAct(actor, task.Office, task.Role, task.EscalatedToRole);
    }

    /// <summary>The rule of <see cref="MayAct(Actor, TaskRecord)"/> on a task's office, role and escalation.</summary>
    public static bool MayAct(Actor actor, string office, string role, string? escalatedToRole)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return string.Equals(actor.Office, office, StringComparison.OrdinalIgnoreCase)
            && (actor.HasRole(role) || (escalatedToRole is { } escalated && actor.HasRole(escalated)));
    }

    /// <summary>Task form values become part of the application data (e.g. the assessed fee), visible to later steps.</summary>
    private static string MergeFields(string dataJson, JsonObject fields, IReadOnlyList<FieldDefinition> form)
    {
        if (fields.Count == 0)
        {
            return dataJson;
        }

        var data = RuntimeJson.ParseObject(dataJson);
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
