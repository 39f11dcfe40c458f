using Mpp.Workflows.Definitions.Catalog.Activities;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Decides a task: checks office and role (403), that it is still open and not claimed by someone else (409), that the
/// outcome is one the task declares, that an outcome returning the file or refusing it comes with a reason
/// (<see cref="FlowchartInterpreter.RequiresReason"/>) and the form is complete (400); then continues the route through that outcome. With an
/// <c>Idempotency-Key</c> (<see cref="CompleteTaskIdempotency"/>) a retried decision gets the first response instead of 409,
/// and the same key with another decision is 422. When permits are signed through the signing service, a decision that
/// issues one is signed inside its transaction (<see cref="SigningAtDecision"/>); a failed signature leaves the task open.
/// </summary>
public sealed class CompleteTaskHandler(
    CommandPipeline pipeline, TaskDecisions decisions, FlowchartInterpreter interpreter, ApplicationQueries queries, IOptions<EngineOptions> options,
    SigningAtDecision signing)
{
    public async Task<ApplicationView> HandleAsync(Guid taskId, CompleteTaskCommand command, Actor actor, CancellationToken cancellationToken)
    {
        try
        {
            return await DecideAsync(taskId, command, actor, cancellationToken).ConfigureAwait(false);
        }
        catch (SigningFailedException failure)
        {
            // The decision's transaction is rolled back: the task is open, no number was used, no permit exists.
            throw await signing.RefuseAsync(taskId, failure, actor, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The longest comment a decision takes (it goes into the history and to the applicant).</summary>
    public const int MaxCommentLength = 4000;

    /// <summary>The longest certificate passphrase a decision takes (checked before anything is sent to the signing service).</summary>
    public const int MaxPassphraseLength = 256;

    /// <summary>
    /// Refuses, naming the field, a comment over <see cref="MaxCommentLength"/> characters and a passphrase that is only
    /// whitespace or over <see cref="MaxPassphraseLength"/> characters (the task form's fields have their own lengths).
    /// </summary>
    private static void ValidateInput(CompleteTaskCommand command)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (command.Comment is { Length: > MaxCommentLength } comment)
        {
            errors["comment"] = [InputTexts.TooLong(DecisionTexts.CommentField, MaxCommentLength, comment.Length)];
        }

        if (command.Passphrase?.Value is { } passphrase)
        {
            if (passphrase.Length > MaxPassphraseLength)
            {
                errors["passphrase"] = [InputTexts.TooLong(DecisionTexts.PassphraseField, MaxPassphraseLength, passphrase.Length)];
            }
            else if (string.IsNullOrWhiteSpace(passphrase))
            {
                errors["passphrase"] = [DecisionTexts.PassphraseBlank];
            }
        }

        if (errors.Count > 0)
        {
            throw CommandErrors.Invalid(DecisionTexts.DecisionInvalidTitle, errors);
        }
    }

    private async Task<ApplicationView> DecideAsync(Guid taskId, CompleteTaskCommand command, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(command.Outcome))
        {
            throw CommandErrors.Invalid("An outcome is required", new() { ["outcome"] = ["Choose one of the task's outcomes."] });
        }

        ValidateInput(command);
        CommandIdempotency.Validate(command.IdempotencyKey);
        if (command.IdempotencyKey is null)
        {
            return await pipeline.RunOnApplicationAsync(
                async session => (await CompleteWithinAsync(session, taskId, command, actor, null, cancellationToken).ConfigureAwait(false)).ApplicationId,
                cancellationToken).ConfigureAwait(false);
        }

        var idempotency = CompleteTaskIdempotency.For(taskId, command, actor);
        Decided decided;
        try
        {
            decided = await pipeline.RunAsync(
                session => CompleteWithinAsync(session, taskId, command, actor, idempotency, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyException)
        {
            // A concurrent request with the same key committed first: answer as it did.
            await using var session = await pipeline.BeginAsync(cancellationToken).ConfigureAwait(false);
            var stored = await session.GetIdempotentResultAsync(idempotency.Key, pipeline.Now, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                throw;
            }

            var (applicationId, earlier) = idempotency.Read(stored);
            decided = new Decided(applicationId, earlier, Replayed: true);
        }

        if (decided.Response is { } first)
        {
            return first;
        }

        // The application as it is now: the first decision's response, recorded for a retry. (A retry that finds the key
        // without a response, the first still on its way or lost in a crash, answers with the application as it is.)
        var current = (await queries.GetApplicationAsync(decided.ApplicationId, cancellationToken).ConfigureAwait(false))!;
        if (decided.Replayed)
        {
            return current;
        }

        // Answered as a retry will be, from the stored form, so both bodies are the same to the byte.
        var recorded = idempotency.Write(decided.ApplicationId, current);
        await pipeline.RunAsync(
            async session =>
            {
                await session.ReplaceIdempotentResultAsync(idempotency.Key, recorded, cancellationToken).ConfigureAwait(false);
                return decided.ApplicationId;
            },
            cancellationToken).ConfigureAwait(false);
        return idempotency.Read(recorded).Response!;
    }

    /// <summary>What a decision returned: the application, and for a replayed key the first response once it was recorded.</summary>
    private readonly record struct Decided(Guid ApplicationId, ApplicationView? Response, bool Replayed);

    private async Task<Decided> CompleteWithinAsync(
        IStoreSession session, Guid taskId, CompleteTaskCommand command, Actor actor, CompleteTaskIdempotency? idempotency,
        CancellationToken cancellationToken)
    {
        var (instance, task) = await TaskDecisions.LockTaskAsync(session, taskId, actor, cancellationToken).ConfigureAwait(false);

        // Under the application's lock, so a concurrent retry with the same key waits for the first and then sees its key.
        if (idempotency is not null
            && await session.GetIdempotentResultAsync(idempotency.Key, pipeline.Now, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            var (applicationId, response) = idempotency.Read(earlier);
            return new Decided(applicationId, response, Replayed: true);
        }
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
            ?? throw CommandErrors.Invalid("Unknown outcome", new() { ["outcome"] = [$"'{ApplicationDataValidator.Printable(command.Outcome)}' is not an outcome of this task. Choose one of: {string.Join(", ", outcomes)}."] });
        var definition = await pipeline.DefinitionOfAsync(instance, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(command.Comment) && interpreter.RequiresReason(definition.Root, task.ActivityId, outcome))
        {
            throw CommandErrors.Invalid(DecisionTexts.ReasonRequiredTitle, new() { ["comment"] = [DecisionTexts.ReasonRequired(outcome)] });
        }

        var fields = command.Fields ?? [];
        var form = HumanTaskActivity.ReadSpec(definition.Root.Find(task.ActivityId)!).Form;
        // The task's form, as an application's data: only its fields, each of its type and length.
        var formErrors = ApplicationDataValidator.ValidateApplication(fields, form, "fields.");
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

        var now = pipeline.Now;
        var (decided, effects) = await decisions.DecideAsync(
            new TaskDecision(session, instance, state, definition, task, outcome, command.Comment, fields, actor, now),
            cancellationToken).ConfigureAwait(false);
        await signing.SignAsync(session, decided, effects, command.Passphrase, actor, cancellationToken).ConfigureAwait(false);
        if (idempotency is not null)
        {
            await session.SaveIdempotentResultAsync(
                idempotency.Key, idempotency.Write(instance.Id), now, now + options.Value.IdempotencyKeyLifetime, cancellationToken).ConfigureAwait(false);
        }

        return new Decided(instance.Id, null, Replayed: false);
    }
}
