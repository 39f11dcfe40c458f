using Mpp.Workflows.Definitions.Catalog.Activities;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Decides a task: checks office and role (403), that it is still open and not claimed by someone else (409), that the
/// outcome is one the task declares and the form is complete (400); then continues the route through that outcome.
/// </summary>
public sealed class CompleteTaskHandler(CommandPipeline pipeline, TaskDecisions decisions)
{
    public async Task<ApplicationView> HandleAsync(Guid taskId, CompleteTaskCommand command, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(command.Outcome))
        {
            throw CommandErrors.Invalid("An outcome is required", new() { ["outcome"] = ["Choose one of the task's outcomes."] });
        }

        return await pipeline.RunOnApplicationAsync(
            session => CompleteWithinAsync(session, taskId, command, actor, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Guid> CompleteWithinAsync(
        IStoreSession session, Guid taskId, CompleteTaskCommand command, Actor actor, CancellationToken cancellationToken)
    {
        var (instance, task) = await TaskDecisions.LockTaskAsync(session, taskId, actor, cancellationToken).ConfigureAwait(false);
        if (task.Status != TaskStates.Open)
        {
            throw CommandErrors.Conflict("The task is no longer open", $"It was {task.Status.ToLowerInvariant()} by {task.CompletedBy ?? "the system"}.");
        }

        if (task.Assignee is { } assignee && !string.Equals(assignee, actor.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw CommandErrors.Conflict("The task is claimed by someone else", $"{assignee} has claimed it; ask them to release it.");
        }

        var outcomes = RuntimeJson.ReadStringList(task.OutcomesJson);
        var outcome = outcomes.FirstOrDefault(o => string.Equals(o, command.Outcome, StringComparison.OrdinalIgnoreCase))
            ?? throw CommandErrors.Invalid("Unknown outcome", new() { ["outcome"] = [$"'{command.Outcome}' is not an outcome of this task. Choose one of: {string.Join(", ", outcomes)}."] });
        var definition = await pipeline.DefinitionOfAsync(instance, cancellationToken).ConfigureAwait(false);
        var fields = command.Fields ?? [];
        var form = HumanTaskActivity.ReadSpec(definition.Root.Find(task.ActivityId)!).Form;
        var formErrors = ApplicationDataValidator.Validate(fields, form, "fields.");
        if (formErrors.Count > 0)
        {
            throw CommandErrors.Invalid("The task form is incomplete or malformed", formErrors);
        }

        if (instance.Status == ApplicationStatuses.Faulted)
        {
            throw CommandErrors.Conflict("The application is faulted", "An administrator must retry it before tasks can be completed.");
        }

        var state = EngineJson.Deserialize<ExecutionState>(instance.StateJson);
        if (state.Bookmarks.All(b => b.Id != task.Id))
        {
            throw CommandErrors.Conflict("The task is no longer awaited by the route");
        }

        await decisions.DecideAsync(
            new TaskDecision(session, instance, state, definition, task, outcome, command.Comment, fields, actor, pipeline.Now),
            cancellationToken).ConfigureAwait(false);
        return instance.Id;
    }
}
