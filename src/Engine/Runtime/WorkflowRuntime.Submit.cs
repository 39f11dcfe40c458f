using Mpp.Workflows.Definitions.Model;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Model;
using Mpp.Workflows.Engine.Model.Payloads;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Engine.Runtime;

public sealed partial class WorkflowRuntime
{
    private const int MaxIdempotencyKeyLength = 200;

    /// <summary>
    /// Files a new application on the published version: validates the data against the form, numbers it, runs the route
    /// to its first wait states, queues the receipt. With an idempotency key a retried submission returns the first result.
    /// </summary>
    public async Task<SubmitResult> SubmitAsync(SubmitCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.IdempotencyKey is { Length: > MaxIdempotencyKeyLength })
        {
            throw Invalid("Idempotency-Key too long", new() { ["Idempotency-Key"] = [$"At most {MaxIdempotencyKeyLength} characters."] });
        }

        var definition = await definitions.GetPublishedAsync(command.DefinitionId, cancellationToken).ConfigureAwait(false)
            ?? throw NotFound($"Published definition '{command.DefinitionId}'");
        var errors = ValidateApplicant(command.Applicant);
        var data = (JsonObject)command.Data.DeepClone();
        var attachments = PrepareAttachments(definition, data, null, command.Attachments, Guid.Empty, time.GetUtcNow(), errors);
        foreach (var (key, messages) in ApplicationDataValidator.Validate(data, definition.Inputs, "data."))
        {
            errors.TryAdd(key, messages);
        }

        if (errors.Count > 0)
        {
            throw Invalid("The application is incomplete or malformed", errors);
        }

        var idempotencyKey = command.IdempotencyKey is null ? null : $"submit:{command.IdempotencyKey}";
        try
        {
            return await SubmitOnceAsync(command with { Data = data }, definition, attachments, idempotencyKey, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (ConcurrencyException) when (idempotencyKey is not null)
        {
            // A concurrent request with the same key committed first: answer with its result.
            await using var session = await BeginAsync(cancellationToken).ConfigureAwait(false);
            var stored = await session.GetIdempotentResultAsync(idempotencyKey, cancellationToken).ConfigureAwait(false)
                ?? throw Conflict("Concurrent submission", "Retry the request with the same Idempotency-Key.");
            return EngineJson.Deserialize<SubmitResult>(stored);
        }
    }

    private async Task<SubmitResult> SubmitOnceAsync(
        SubmitCommand command,
        Definitions.Model.WorkflowDefinition definition,
        IReadOnlyList<AttachmentRecord> attachments,
        string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        await using var session = await BeginAsync(cancellationToken).ConfigureAwait(false);
        if (idempotencyKey is not null
            && await session.GetIdempotentResultAsync(idempotencyKey, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return EngineJson.Deserialize<SubmitResult>(earlier);
        }

        var now = time.GetUtcNow();
        var serviceCode = definition.Options.ServiceCode ?? definition.DefinitionId.ToUpperInvariant();
        var year = TimeZoneInfo.ConvertTime(now, TimeZones.Resolve(_options.TimeZone)).Year;
        var sequence = await session.NextSequenceAsync(RegistrationNumbers.SequenceScope(serviceCode, year), cancellationToken).ConfigureAwait(false);
        var registrationNumber = RegistrationNumbers.Format(_options.RegistrationPrefix, serviceCode, year, sequence);
        var token = TrackingTokens.Create();
        var instance = new InstanceRecord(
            Guid.NewGuid(), registrationNumber, definition.DefinitionId, definition.Version, ApplicationStatuses.InProgress, null,
            EngineJson.Serialize(command.Applicant), command.Data.ToJsonString(), "{}", TrackingTokens.Hash(token), null, 0, now, now);

        var state = new ExecutionState();
        var start = definition.Root.Activities.First(a => a.Type == ActivityTypes.Start);
        var effects = interpreter.Run(definition.Root, state, [new PendingToken(start.Id, null)], ScopeOf(instance, state));

        // The instance row must exist before rows that reference it; ApplyAsync computes its final state first.
        var pendingAudit = new AuditEvent(instance.Id, now, command.Actor.Name, start.Id, AuditEvents.Submitted, null, null,
            new JsonObject { ["registrationNumber"] = registrationNumber, ["definitionVersion"] = definition.Version }.ToJsonString());
        var finalInstance = await ApplyWithInsertAsync(session, instance, state, effects, command.Actor, now, pendingAudit, start.Id, token, cancellationToken)
            .ConfigureAwait(false);
        await InsertAttachmentsAsync(session, attachments, instance.Id, cancellationToken).ConfigureAwait(false);

        var result = new SubmitResult(instance.Id, registrationNumber, token, finalInstance.Status, definition.Version);
        if (idempotencyKey is not null)
        {
            await session.SaveIdempotentResultAsync(idempotencyKey, EngineJson.Serialize(result), now, cancellationToken).ConfigureAwait(false);
        }

        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Application {RegistrationNumber} submitted on {DefinitionId} v{Version}", registrationNumber, definition.DefinitionId, definition.Version);
        return result;
    }

    private async Task<InstanceRecord> ApplyWithInsertAsync(
        IStoreSession session,
        InstanceRecord instance,
        ExecutionState state,
        ExecutionEffects effects,
        Actor actor,
        DateTimeOffset now,
        AuditEvent submitted,
        string startActivityId,
        string trackingToken,
        CancellationToken cancellationToken)
    {
        await session.InsertInstanceAsync(instance, cancellationToken).ConfigureAwait(false);
        await session.AppendAuditAsync(submitted, cancellationToken).ConfigureAwait(false);

        // Only the token's hash is stored with the application, so the receipt and its mail carry the token itself.
        var receipt = new IssueDocumentPayload(DocumentKinds.Receipt, startActivityId, trackingToken);
        await EnqueueAsync(session, instance.Id, receipt, now, cancellationToken).ConfigureAwait(false);
        await EnqueueAsync(session, instance.Id, new ReceiptMailPayload(trackingToken, startActivityId), now, cancellationToken).ConfigureAwait(false);
        var final = await ApplyAsync(session, instance, state, effects, actor, now, cancellationToken).ConfigureAwait(false);
        await session.UpdateInstanceAsync(final, instance.Revision, cancellationToken).ConfigureAwait(false);
        return final;
    }

    private static Dictionary<string, string[]> ValidateApplicant(Applicant? applicant)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (applicant is null)
        {
            errors["applicant"] = ["The applicant is required."];
            return errors;
        }

        if (string.IsNullOrWhiteSpace(applicant.Name))
        {
            errors["applicant.name"] = ["The applicant's name is required."];
        }
        else if (applicant.Name.Length > 200)
        {
            errors["applicant.name"] = ["At most 200 characters."];
        }

        if (string.IsNullOrWhiteSpace(applicant.Email) || !ApplicationDataValidator.IsEmail(applicant.Email))
        {
            errors["applicant.email"] = ["A valid e-mail address is required: the receipt and the permit are sent there."];
        }

        if (applicant.Nik is { Length: > 0 } nik && (nik.Length != 16 || !nik.All(char.IsAsciiDigit)))
        {
            errors["applicant.nik"] = ["The NIK has 16 digits."];
        }

        return errors;
    }
}
