
namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Claim: takes a task into the user's own queue so colleagues see it is being worked on. Release: gives a claimed task
/// back to the office queue (the claimant, or the office head).
/// </summary>
public sealed class TaskAssignmentHandler(CommandPipeline pipeline, ApplicationQueries queries)
{
    public Task<TaskView> ClaimAsync(Guid taskId, Actor actor, CancellationToken cancellationToken) =>
        ChangeAssigneeAsync(taskId, actor, claim: true, cancellationToken);

    public Task<TaskView> ReleaseAsync(Guid taskId, Actor actor, CancellationToken cancellationToken) =>
        ChangeAssigneeAsync(taskId, actor, claim: false, cancellationToken);

    private async Task<TaskView> ChangeAssigneeAsync(Guid taskId, Actor actor, bool claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var task = await pipeline.RunAsync(session => ChangeWithinAsync(session, taskId, actor, claim, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return await queries.ViewOfAsync(task, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TaskRecord> ChangeWithinAsync(IStoreSession session, Guid taskId, Actor actor, bool claim, CancellationToken cancellationToken)
    {
        var (instance, task) = await TaskDecisions.LockTaskAsync(session, taskId, actor, cancellationToken).ConfigureAwait(false);
        var mine = string.Equals(task.Assignee, actor.Name, StringComparison.OrdinalIgnoreCase);
        TaskRecord updated;
        if (claim)
        {
            if (task.Assignee is not null && !mine)
            {
                throw CommandErrors.Conflict("The task is claimed by someone else", $"{task.Assignee} has claimed it.");
            }

            updated = task with { Assignee = actor.Name };
        }
        else
        {
            if (task.Assignee is null)
            {
                return task;
            }

            if (!mine && !actor.HasRole(StaffRoles.Head))
            {
                throw CommandErrors.Forbidden("Only the claimant or the office head can release this task");
            }

            updated = task with { Assignee = null };
        }

        if (updated != task)
        {
            await session.UpdateTaskAsync(updated, cancellationToken).ConfigureAwait(false);
            await session.AppendAuditAsync(
                new AuditEvent(instance.Id, pipeline.Now, actor.Name, task.ActivityId, claim ? AuditEvents.TaskClaimed : AuditEvents.TaskReleased),
                cancellationToken).ConfigureAwait(false);
        }

        return updated;
    }
}
