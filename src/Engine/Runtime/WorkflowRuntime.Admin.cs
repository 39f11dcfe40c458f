using Mpp.Workflows.Engine.Model;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Engine.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Runs a faulted application again from the activity that failed (e.g. after the data or the engine was fixed).
    /// If the expression still fails the application stays faulted with the new error.
    /// </summary>
    public async Task<ApplicationView> RetryAsync(Guid applicationId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            throw new CommandException(CommandErrorKind.Forbidden, "Only administrators can retry a faulted application");
        }

        await using (var session = await BeginAsync(cancellationToken).ConfigureAwait(false))
        {
            var instance = await session.LockInstanceAsync(applicationId, cancellationToken).ConfigureAwait(false) ?? throw NotFound("Application");
            var state = EngineJson.Deserialize<ExecutionState>(instance.StateJson);
            if (instance.Status != ApplicationStatuses.Faulted || state.Fault is not { } fault)
            {
                throw Conflict("The application is not faulted", $"Its status is {instance.Status}.");
            }

            var now = time.GetUtcNow();
            state.Fault = null;
            await session.AppendAuditAsync(
                new AuditEvent(instance.Id, now, actor.Name, fault.ActivityId, AuditEvents.Retried, null, fault.Message),
                cancellationToken).ConfigureAwait(false);
            var definition = await DefinitionOfAsync(instance, cancellationToken).ConfigureAwait(false);
            var resumed = instance with { Status = fault.ResumeStatus };
            var effects = interpreter.Run(definition.Root, state, fault.PendingTokens, ScopeOf(resumed, state));
            var updated = await ApplyAsync(session, resumed, state, effects, actor, now, cancellationToken).ConfigureAwait(false);
            await session.UpdateInstanceAsync(updated, instance.Revision, cancellationToken).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return (await GetApplicationAsync(applicationId, cancellationToken).ConfigureAwait(false))!;
    }
}
