
namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Runs a faulted application again from the activity that failed (e.g. after the data or the engine was fixed).
/// If the expression still fails the application stays faulted with the new error. Administrators only.
/// </summary>
public sealed class RetryHandler(CommandPipeline pipeline, FlowchartInterpreter interpreter)
{
    public Task<ApplicationView> HandleAsync(Guid applicationId, Actor actor, CancellationToken cancellationToken)
    {
        CommandErrors.RequireAdmin(actor, "Only administrators can retry a faulted application");
        return pipeline.RunOnApplicationAsync(session => RetryWithinAsync(session, applicationId, actor, cancellationToken), cancellationToken);
    }

    private async Task<Guid> RetryWithinAsync(IStoreSession session, Guid applicationId, Actor actor, CancellationToken cancellationToken)
    {
        var instance = await session.LockInstanceAsync(applicationId, cancellationToken).ConfigureAwait(false) ?? throw CommandErrors.NotFound("Application");
        var state = EngineJson.Deserialize<ExecutionState>(instance.StateJson);
        if (instance.Status != ApplicationStatuses.Faulted || state.Fault is not { } fault)
        {
            throw CommandErrors.Conflict("The application is not faulted", $"Its status is {instance.Status}.");
        }

        var now = pipeline.Now;
        state.Fault = null;
        await session.AppendAuditAsync(
            new AuditEvent(instance.Id, now, actor.Name, fault.ActivityId, AuditEvents.Retried, null, fault.Message),
            cancellationToken).ConfigureAwait(false);
        var definition = await pipeline.DefinitionOfAsync(instance, cancellationToken).ConfigureAwait(false);
        var resumed = instance with { Status = fault.ResumeStatus };
        var effects = interpreter.Run(definition.Root, state, fault.PendingTokens, CommandPipeline.ScopeOf(resumed, state));
        await pipeline.SaveAsync(session, resumed, state, effects, actor, now, cancellationToken).ConfigureAwait(false);
        return instance.Id;
    }
}
