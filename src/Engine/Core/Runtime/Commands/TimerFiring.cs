
namespace Mpp.Workflows.Engine.Runtime;

/// <summary>A due timer being handled by its <see cref="ITimerHook"/>, inside the transaction that marked it fired.</summary>
public sealed record TimerFiring(
    IStoreSession Session,
    InstanceRecord Instance,
    ExecutionState State,
    WorkflowDefinition Definition,
    TimerRecord Timer,
    DateTimeOffset Now,
    TimerServices Services)
{
    /// <summary>Appends an audit entry by the system.</summary>
    public Task AuditAsync(string? activityId, string auditEvent, string? outcome, string? comment, CancellationToken cancellationToken, string? details = null) =>
        Session.AppendAuditAsync(new AuditEvent(Instance.Id, Now, Actor.System.Name, activityId, auditEvent, outcome, comment, details), cancellationToken);

    /// <summary>Continues the route from <paramref name="bookmark"/> through <paramref name="port"/> and saves the application.</summary>
    public Task ResumeAsync(Bookmark bookmark, string port, CancellationToken cancellationToken) =>
        SaveAsync(Services.Interpreter.Resume(Definition.Root, State, bookmark, port, CommandPipeline.ScopeOf(Instance, State)), cancellationToken);

    /// <summary>Writes the effects and the instance (state changes such as an expired clock included).</summary>
    public Task SaveAsync(ExecutionEffects effects, CancellationToken cancellationToken) =>
        Services.Pipeline.SaveAsync(Session, Instance, State, effects, Actor.System, Now, cancellationToken);
}

/// <summary>What timer hooks may use; handed to them with each <see cref="TimerFiring"/> so executors stay free of dependencies.</summary>
public sealed class TimerServices(CommandPipeline pipeline, FlowchartInterpreter interpreter, TaskDecisions decisions, StaffMail mail)
{
    public CommandPipeline Pipeline => pipeline;

    public FlowchartInterpreter Interpreter => interpreter;

    public TaskDecisions Decisions => decisions;

    public StaffMail Mail => mail;
}
