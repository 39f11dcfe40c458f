using Mpp.Workflows.Engine.Observability;
using Mpp.Workflows.Engine.Runtime.Expressions;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// How every command runs: one store transaction (<see cref="RunAsync{T}"/>) in which the handler locks the application and
/// checks, the <see cref="FlowchartInterpreter"/> advances it, and <see cref="SaveAsync"/> writes the instance with the run's
/// effects (<see cref="EffectWriter"/>); then commit, and the timers created are handed to the <see cref="ITimerScheduler"/>
/// once the transaction ended (<see cref="SchedulingSession"/>). A handler that throws leaves nothing behind. Definition
/// expressions are evaluated outside the transaction (<see cref="RunAsync{T}"/>), so user code never holds the write lock.
/// </summary>
public sealed class CommandPipeline(
    IWorkflowStore store,
    ITimerScheduler scheduler,
    DefinitionProvider definitions,
    EffectWriter writer,
    ApplicationQueries queries,
    TimeProvider time,
    ILogger<CommandPipeline> logger)
{
    /// <summary>
    /// Attempts of one command: the first finds the questions, the second normally replays every answer; more only when
    /// the application changed in between and the route now asks something else.
    /// </summary>
    public const int MaxAttempts = 4;

    /// <summary>The engine's clock.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Begins a transaction whose committed timers are scheduled when it ends.</summary>
    public async Task<IStoreSession> BeginAsync(CancellationToken cancellationToken) =>
        new SchedulingSession(
            await store.BeginAsync(cancellationToken).ConfigureAwait(false),
            scheduler,
            e => logger.LogWarning(e, "Timers committed but not scheduled; the sweep will fire them"));

    /// <summary>
    /// Runs <paramref name="command"/> in its own transaction and commits when it returns. Definition expressions never run
    /// inside it: when the route needs one, the attempt is rolled back, the expressions are evaluated with no transaction
    /// open, and the command runs again with their answers (<see cref="ExpressionAnswers"/>), at most <see cref="MaxAttempts"/> times.
    /// </summary>
    public Task<T> RunAsync<T>(Func<IStoreSession, Task<T>> command, CancellationToken cancellationToken) =>
        ObserveAsync(command, () => RunAttemptsAsync(command, cancellationToken));

    /// <summary>One span, one count by outcome and one log scope naming the application (EngineTelemetry) per command.</summary>
    private async Task<TAnswer> ObserveAsync<T, TAnswer>(Func<IStoreSession, Task<T>> command, Func<Task<TAnswer>> run)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var observation = EngineTelemetry.BeginCommand(command, logger);
        try
        {
            var result = await run().ConfigureAwait(false);
            observation.Succeeded();
            return result;
        }
        catch (Exception error)
        {
            observation.Failed(error);
            throw;
        }
    }

    /// <summary>
    /// Runs a command that carries an <c>Idempotency-Key</c> (<paramref name="idempotencyKey"/>, null without one) as
    /// <see cref="RunAsync{T}"/>; when a concurrent request with the same key committed first, answers with that request's
    /// stored result, read by <paramref name="readStored"/> (which refuses it when it answered a different request).
    /// </summary>
    public async Task<T> RunOnceAsync<T>(
        Func<IStoreSession, Task<T>> command, string? idempotencyKey, Func<string, T> readStored, string conflictTitle,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readStored);
        try
        {
            return await RunAsync(command, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyException) when (idempotencyKey is not null)
        {
            await using var session = await BeginAsync(cancellationToken).ConfigureAwait(false);
            var stored = await session.GetIdempotentResultAsync(idempotencyKey, Now, cancellationToken).ConfigureAwait(false)
                ?? throw CommandErrors.Conflict(conflictTitle, "Retry the request with the same Idempotency-Key.");
            return readStored(stored);
        }
    }

    private Task<T> RunAttemptsAsync<T>(Func<IStoreSession, Task<T>> command, CancellationToken cancellationToken) =>
        RunAttemptsAsync(
            command,
            async (session, result) =>
            {
                await session.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            },
            cancellationToken);

    /// <summary>The attempts of a command whose transaction ends with <paramref name="commit"/> (which turns its result into the answer).</summary>
    private async Task<TAnswer> RunAttemptsAsync<T, TAnswer>(
        Func<IStoreSession, Task<T>> command, Func<IStoreSession, T, Task<TAnswer>> commit, CancellationToken cancellationToken)
    {
        // Flows into the command's awaits; an async method's changes to it end with the method.
        ExpressionAnswers.Current = new ExpressionAnswers();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var session = await BeginAsync(cancellationToken).ConfigureAwait(false);
                var result = await command(session).ConfigureAwait(false);
                return await commit(session, result).ConfigureAwait(false);
            }
            catch (ExpressionsPendingException pending)
            {
                // The session is disposed (rolled back) here: no lock is held while the analyst's code runs.
                if (attempt == MaxAttempts)
                {
                    throw CommandErrors.Conflict(
                        "The application kept changing while its conditions were evaluated", "Try again in a moment.");
                }

                cancellationToken.ThrowIfCancellationRequested();
                pending.Answer();
            }
        }
    }

    /// <summary>
    /// Runs a command on one application (it returns the application's id) as <see cref="RunAsync{T}"/>, and answers with the
    /// application as the API shows it, read by the commit itself (<see cref="IStoreSession.CommitReadingApplicationAsync"/>):
    /// the same rows a read after the commit would find, without a second connection and round trip.
    /// </summary>
    public async Task<ApplicationView> RunOnApplicationAsync(Func<IStoreSession, Task<Guid>> command, CancellationToken cancellationToken)
    {
        var snapshot = await ObserveAsync(
            command,
            () => RunAttemptsAsync(
                command,
                (session, applicationId) => session.CommitReadingApplicationAsync(applicationId, TaskStates.Open, cancellationToken),
                cancellationToken)).ConfigureAwait(false);
        return await queries.ViewOfAsync(snapshot!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the run's effects and the instance (optimistic on its revision); returns the instance as stored.</summary>
    public async Task<InstanceRecord> SaveAsync(
        IStoreSession session, InstanceRecord instance, ExecutionState state, ExecutionEffects effects, Actor actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(instance);
        var updated = await writer.ApplyAsync(session, instance, state, effects, actor, now, cancellationToken).ConfigureAwait(false);
        await session.UpdateInstanceAsync(updated, instance.Revision, cancellationToken).ConfigureAwait(false);
        return updated;
    }

    /// <summary>The definition version the application runs on.</summary>
    public async Task<WorkflowDefinition> DefinitionOfAsync(InstanceRecord instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return await definitions.GetVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What expressions see: the application's data, its applicant and the task outcomes so far.</summary>
    public static Func<ExpressionScope> ScopeOf(InstanceRecord instance, ExecutionState state) =>
        () => new ExpressionScope(instance.DataJson, instance.ApplicantJson, EngineJson.Serialize(state.Outcomes));
}
