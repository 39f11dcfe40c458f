using Mpp.Workflows.Engine.Attachments;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The engine's entry point for hosts: a thin facade over one handler per command (each a transaction run by the
/// <see cref="CommandPipeline"/>) and the read side (<see cref="ApplicationQueries"/>). It holds no logic of its own.
/// </summary>
public sealed class WorkflowRuntime(
    SubmitHandler submit,
    CompleteTaskHandler completeTask,
    TaskAssignmentHandler assignment,
    ResubmitHandler resubmit,
    RetryHandler retry,
    ReplaceCalendarHandler replaceCalendar,
    MigrateHandler migrate,
    FireTimerHandler timers,
    ApplicationQueries queries,
    AttachmentIntake attachments,
    OfficeZones zones,
    FlowchartInterpreter interpreter) : ITimerHandler
{
    /// <summary>The largest file accepted for a <c>File</c> input (configuration <c>Engine:MaxAttachmentBytes</c>).</summary>
    public long MaxAttachmentBytes => attachments.MaxAttachmentBytes;

    /// <inheritdoc cref="SubmitHandler"/>
    public Task<SubmitResult> SubmitAsync(SubmitCommand command, CancellationToken cancellationToken) =>
        submit.HandleAsync(command, cancellationToken);

    /// <inheritdoc cref="CompleteTaskHandler"/>
    public Task<ApplicationView> CompleteTaskAsync(Guid taskId, CompleteTaskCommand command, Actor actor, CancellationToken cancellationToken) =>
        completeTask.HandleAsync(taskId, command, actor, cancellationToken);

    /// <summary>Takes a task into the user's own queue so colleagues see it is being worked on.</summary>
    public Task<TaskView> ClaimTaskAsync(Guid taskId, Actor actor, CancellationToken cancellationToken) =>
        assignment.ClaimAsync(taskId, actor, cancellationToken);

    /// <summary>Gives a claimed task back to the office queue (the claimant, or the office head).</summary>
    public Task<TaskView> ReleaseTaskAsync(Guid taskId, Actor actor, CancellationToken cancellationToken) =>
        assignment.ReleaseAsync(taskId, actor, cancellationToken);

    /// <summary>Staff act on tasks of their own office and role, or of a role the task was escalated to.</summary>
    public static bool MayAct(Actor actor, TaskRecord task) => TaskDecisions.MayAct(actor, task);

    /// <summary>Whether the actor may decide this task (the rule of <see cref="MayAct(Actor, TaskRecord)"/>).</summary>
    public static bool MayAct(Actor actor, TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return TaskDecisions.MayAct(actor, task.Office, task.Role, task.EscalatedToRole);
    }

    /// <summary>The task's outcomes a person must explain in a comment (<see cref="FlowchartInterpreter.RequiresReason"/>).</summary>
    public IReadOnlyList<string> OutcomesRequiringReason(WorkflowDefinition definition, TaskView task)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(task);
        return [.. task.Outcomes.Where(o => interpreter.RequiresReason(definition.Root, task.ActivityId, o))];
    }

    /// <inheritdoc cref="ResubmitHandler"/>
    public Task<ApplicationView> ResubmitAsync(Guid applicationId, string? token, JsonObject data, CancellationToken cancellationToken) =>
        resubmit.HandleAsync(applicationId, token, data, [], cancellationToken);

    /// <inheritdoc cref="ResubmitHandler"/>
    public Task<ApplicationView> ResubmitAsync(
        Guid applicationId, string? token, JsonObject data, IReadOnlyList<AttachmentUpload> attachments, CancellationToken cancellationToken) =>
        resubmit.HandleAsync(applicationId, token, data, attachments, cancellationToken);

    /// <inheritdoc cref="RetryHandler"/>
    public Task<ApplicationView> RetryAsync(Guid applicationId, Actor actor, CancellationToken cancellationToken) =>
        retry.HandleAsync(applicationId, actor, cancellationToken);

    /// <inheritdoc cref="ReplaceCalendarHandler"/>
    public Task<CalendarChange> ReplaceCalendarAsync(CalendarYear calendar, Actor actor, CancellationToken cancellationToken) =>
        replaceCalendar.HandleAsync(calendar, actor, cancellationToken);

    /// <inheritdoc cref="MigrateHandler.PreviewAsync"/>
    public Task<MigrationPreview> PreviewMigrationAsync(MigrationCommand command, Actor actor, CancellationToken cancellationToken) =>
        migrate.PreviewAsync(command, actor, cancellationToken);

    /// <inheritdoc cref="MigrateHandler.HandleAsync"/>
    public Task<MigrationResult> MigrateAsync(MigrationCommand command, Actor actor, CancellationToken cancellationToken) =>
        migrate.HandleAsync(command, actor, cancellationToken);

    /// <inheritdoc cref="FireTimerHandler"/>
    public Task<bool> FireTimerAsync(Guid timerId, CancellationToken cancellationToken) => timers.FireTimerAsync(timerId, cancellationToken);

    /// <summary>Drops the cached zone of an office whose record changed; clocks started from now on use the new zone.</summary>
    public void ForgetOfficeZone(string office) => zones.ForgetOfficeZone(office);

    /// <summary>An application with its open tasks and full history, or null when unknown.</summary>
    public Task<ApplicationView?> GetApplicationAsync(Guid id, CancellationToken cancellationToken) => queries.GetApplicationAsync(id, cancellationToken);

    /// <summary>Whether the actor may see the application: admins and analysts always; staff when their office has or had a task in it.</summary>
    public Task<bool> CanSeeApplicationAsync(Guid id, Actor actor, CancellationToken cancellationToken) =>
        queries.CanSeeApplicationAsync(id, actor, cancellationToken);

    /// <summary>Applications the actor may see (office rule as in <see cref="CanSeeApplicationAsync"/>).</summary>
    public Task<PagedResult<InstanceSummary>> ListApplicationsAsync(InstanceQuery query, Actor actor, CancellationToken cancellationToken) =>
        queries.ListApplicationsAsync(query, actor, cancellationToken);

    /// <inheritdoc cref="ApplicationQueries.SearchApplicationsAsync"/>
    public Task<InstancePage> SearchApplicationsAsync(InstanceQuery query, Actor actor, CancellationToken cancellationToken) =>
        queries.SearchApplicationsAsync(query, actor, cancellationToken);

    /// <inheritdoc cref="ApplicationQueries.ListInboxAsync"/>
    public Task<PagedResult<InboxItemView>> ListInboxAsync(Actor actor, InboxFilter filter, CancellationToken cancellationToken) =>
        queries.ListInboxAsync(actor, filter, cancellationToken);

    /// <summary>The actor's inbox: tasks of their office (and roles), ordered by due date.</summary>
    public Task<IReadOnlyList<TaskView>> ListTasksAsync(Actor actor, bool mineOnly, string status, CancellationToken cancellationToken) =>
        queries.ListTasksAsync(actor, mineOnly, status, cancellationToken);

    /// <summary>A task if the actor may see it (own office); null when unknown or not theirs.</summary>
    public Task<TaskView?> GetTaskAsync(Guid id, Actor actor, CancellationToken cancellationToken) => queries.GetTaskAsync(id, actor, cancellationToken);

    /// <summary>The applicant's view, or null for an unknown number or a wrong token (indistinguishable on purpose).</summary>
    public Task<TrackingView?> TrackAsync(string registrationNumber, string? token, CancellationToken cancellationToken) =>
        queries.TrackAsync(registrationNumber, token, cancellationToken);
}
