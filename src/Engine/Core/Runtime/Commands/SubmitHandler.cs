using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Model.Payloads;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Files a new application on the published version: validates the data against the form, numbers it, runs the route
/// to its first wait states, queues the receipt. With an idempotency key a retried submission returns the first result.
/// The tracking token is derived from the new application's id (<see cref="TrackingTokenIssuer"/>); only its hash is stored,
/// and neither the receipt's outbox rows nor the stored idempotency result hold it.
/// </summary>
public sealed class SubmitHandler(
    CommandPipeline pipeline,
    DefinitionProvider definitions,
    FlowchartInterpreter interpreter,
    AttachmentIntake intake,
    TrackingTokenIssuer tokens,
    PermitRenewals renewals,
    IOptions<EngineOptions> options,
    ILogger<SubmitHandler> logger)
{
    private readonly EngineOptions _options = options.Value;

    public async Task<SubmitResult> HandleAsync(SubmitCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        CommandIdempotency.Validate(command.IdempotencyKey);

        var definition = await definitions.GetPublishedAsync(command.DefinitionId, cancellationToken).ConfigureAwait(false)
            ?? throw CommandErrors.NotFound($"Published definition '{ApplicationDataValidator.Printable(command.DefinitionId)}'");
        var errors = ApplicantRules.Validate(command.Applicant);
        var data = (JsonObject)command.Data.DeepClone();
        ApplicantRules.FillIdentity(definition.Inputs, command.Applicant, data, errors);
        var attachments = intake.Prepare(definition, data, null, command.Attachments, Guid.Empty, pipeline.Now, errors);
        foreach (var (key, messages) in ApplicationDataValidator.ValidateApplication(data, definition.Inputs, "data."))
        {
            errors.TryAdd(key, messages);
        }

        ApplicantRules.MoveBoundErrors(definition.Inputs, errors);

        if (errors.Count > 0)
        {
            throw CommandErrors.Invalid(InputTexts.ApplicationInvalid, errors);
        }

        var id = Guid.NewGuid();
        var renewal = await renewals.CheckAsync(definition, id, command.Applicant, data, cancellationToken).ConfigureAwait(false);
        var idempotency = command.IdempotencyKey is null ? null : SubmitIdempotency.For(command);
        // A concurrent request with the same key that committed first is answered with its result.
        return await pipeline.RunOnceAsync(
            session => SubmitWithinAsync(session, id, command with { Data = data }, definition, attachments, renewal, idempotency, cancellationToken),
            idempotency?.Key, stored => idempotency!.Read(stored, tokens), "Concurrent submission", cancellationToken).ConfigureAwait(false);
    }

    private async Task<SubmitResult> SubmitWithinAsync(
        IStoreSession session,
        Guid id,
        SubmitCommand command,
        WorkflowDefinition definition,
        IReadOnlyList<AttachmentRecord> attachments,
        RenewalCheck? renewal,
        SubmitIdempotency? idempotency,
        CancellationToken cancellationToken)
    {
        if (idempotency is not null
            && await session.GetIdempotentResultAsync(idempotency.Key, pipeline.Now, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return idempotency.Read(earlier, tokens);
        }

        var now = pipeline.Now;
        var token = tokens.For(id);
        var instance = new InstanceRecord(
            id, string.Empty, definition.DefinitionId, definition.Version, ApplicationStatuses.InProgress, null,
            EngineJson.Serialize(command.Applicant), command.Data.ToJsonString(), "{}", TrackingTokens.Hash(token), null, 0, now, now);

        var state = new ExecutionState();
        var start = definition.Root.Activities.First(a => a.Type == ActivityTypes.Start);
        var effects = interpreter.Run(definition.Root, state, [new PendingToken(start.Id, null)], CommandPipeline.ScopeOf(instance, state));

        // The number is taken once the route has run: its counter row stays locked until the commit, and every submission
        // of the service waits for it, so as little as possible happens in between.
        var serviceCode = definition.Options.ServiceCode ?? definition.DefinitionId.ToUpperInvariant();
        var year = TimeZoneInfo.ConvertTime(now, TimeZones.Resolve(_options.TimeZone)).Year;
        var sequence = await session.NextSequenceAsync(RegistrationNumbers.SequenceScope(serviceCode, year), cancellationToken).ConfigureAwait(false);
        var registrationNumber = RegistrationNumbers.Format(_options.RegistrationPrefix, serviceCode, year, sequence);
        instance = instance with { RegistrationNumber = registrationNumber };

        // The instance row must exist before rows that reference it; SaveAsync computes its final state and updates it.
        await session.InsertInstanceAsync(instance, cancellationToken).ConfigureAwait(false);
        await session.AppendAuditAsync(
            new AuditEvent(instance.Id, now, command.Actor.Name, start.Id, AuditEvents.Submitted, null, null,
                new JsonObject { ["registrationNumber"] = registrationNumber, ["definitionVersion"] = definition.Version }.ToJsonString()),
            cancellationToken).ConfigureAwait(false);
        if (renewal is not null)
        {
            // Staff read before signing whether this renewal continues the permit it names (see RenewalCheck).
            await session.AppendAuditAsync(
                new AuditEvent(instance.Id, now, command.Actor.Name, start.Id, AuditEvents.RenewalChecked, null, renewal.Comment,
                    new JsonObject { ["permit"] = renewal.Number, ["continues"] = renewal.Matches }.ToJsonString()),
                cancellationToken).ConfigureAwait(false);
        }

        await QueueReceiptAsync(session, instance.Id, start.Id, now, cancellationToken).ConfigureAwait(false);
        var final = await pipeline.SaveAsync(session, instance, state, effects, command.Actor, now, cancellationToken).ConfigureAwait(false);
        await AttachmentIntake.InsertAsync(session, attachments, instance.Id, cancellationToken).ConfigureAwait(false);

        var result = new SubmitResult(instance.Id, registrationNumber, token, final.Status, definition.Version);
        if (idempotency is not null)
        {
            await session.SaveIdempotentResultAsync(
                idempotency.Key, idempotency.Write(result), now, now + _options.IdempotencyKeyLifetime, cancellationToken).ConfigureAwait(false);
        }

        logger.LogInformation("Application {RegistrationNumber} submitted on {DefinitionId} v{Version}", registrationNumber, definition.DefinitionId, definition.Version);
        return result;
    }

    /// <summary>The receipt and its mail; neither row holds the token (the mail derives it when it is made, the receipt leaves it out).</summary>
    private static async Task QueueReceiptAsync(
        IStoreSession session, Guid instanceId, string startActivityId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var receipt = new IssueDocumentPayload(DocumentKinds.Receipt, startActivityId);
        await EffectWriter.EnqueueAsync(session, instanceId, receipt, now, cancellationToken).ConfigureAwait(false);
        await EffectWriter.EnqueueAsync(session, instanceId, new ReceiptMailPayload(startActivityId), now, cancellationToken)
            .ConfigureAwait(false);
    }
}
