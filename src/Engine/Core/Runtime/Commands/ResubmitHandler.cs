using Mpp.Workflows.Engine.Attachments;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The applicant sends the corrected file back: the new values replace the old ones (new files replace the input's
/// current file; the old one stays stored and listed), the whole form is validated again, and the route continues
/// through the revision's <c>Resubmitted</c> port.
/// </summary>
public sealed class ResubmitHandler(CommandPipeline pipeline, FlowchartInterpreter interpreter, AttachmentIntake intake)
{
    public Task<ApplicationView> HandleAsync(
        Guid applicationId, string? token, JsonObject data, IReadOnlyList<AttachmentUpload> attachments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(attachments);
        return pipeline.RunOnApplicationAsync(
            session => ResubmitWithinAsync(session, applicationId, token, data, attachments, cancellationToken), cancellationToken);
    }

    private async Task<Guid> ResubmitWithinAsync(
        IStoreSession session, Guid applicationId, string? token, JsonObject data, IReadOnlyList<AttachmentUpload> attachments,
        CancellationToken cancellationToken)
    {
        var instance = await session.LockInstanceAsync(applicationId, cancellationToken).ConfigureAwait(false);
        if (instance is null || !TrackingTokens.Matches(token, instance.TrackingTokenHash))
        {
            // The same answer for an unknown id and a wrong token: the id alone must not reveal that a file exists.
            throw CommandErrors.NotFound("Application");
        }

        if (instance.Status != ApplicationStatuses.AwaitingApplicant)
        {
            throw CommandErrors.Conflict("The application is not awaiting a revision", $"Its status is {instance.Status}.");
        }

        var definition = await pipeline.DefinitionOfAsync(instance, cancellationToken).ConfigureAwait(false);
        var stored = RuntimeJson.ParseObject(instance.DataJson);
        var merged = RuntimeJson.ParseObject(instance.DataJson);
        var errors = ApplicationDataValidator.UnknownKeys(data, definition.Inputs, "data.");
        foreach (var (key, value) in data)
        {
            // Fields bound to the applicant's identity keep the submitted applicant's values: a correction does not change who applied.
            if (definition.Inputs.Any(i => i.Name == key && !i.IsApplicantBound))
            {
                merged[key] = value?.DeepClone();
            }
        }

        var now = pipeline.Now;
        var files = intake.Prepare(definition, merged, stored, attachments, instance.Id, now, errors);
        foreach (var (key, messages) in ApplicationDataValidator.Validate(merged, definition.Inputs, "data."))
        {
            errors.TryAdd(key, messages);
        }

        if (errors.Count > 0)
        {
            throw CommandErrors.Invalid(InputTexts.RevisionInvalid, errors);
        }

        await AttachmentIntake.InsertAsync(session, files, instance.Id, cancellationToken).ConfigureAwait(false);
        var state = EngineJson.Deserialize<ExecutionState>(instance.StateJson);
        var current = instance with { DataJson = merged.ToJsonString() };
        var revisions = state.Bookmarks.Where(b => b.Kind == BookmarkKinds.ApplicantRevision).ToList();
        var changed = data.Select(p => p.Key).Union(files.Select(f => f.Summary.FieldName)).Select(k => (JsonNode?)k);
        await session.AppendAuditAsync(
            new AuditEvent(instance.Id, now, Actor.Applicant.Name, revisions.FirstOrDefault()?.ActivityId, AuditEvents.Resubmitted,
                null, null, new JsonObject { ["changedFields"] = new JsonArray([.. changed]) }.ToJsonString()),
            cancellationToken).ConfigureAwait(false);
        state.RevisionReasons = null;
        var effects = new ExecutionEffects();
        foreach (var bookmark in revisions)
        {
            effects.Add(interpreter.Resume(definition.Root, state, bookmark, PortNames.Resubmitted, CommandPipeline.ScopeOf(current, state)));
            if (effects.Fault is not null || effects.Result is not null)
            {
                break;
            }
        }

        await pipeline.SaveAsync(session, current, state, effects, Actor.Applicant, now, cancellationToken).ConfigureAwait(false);
        return instance.Id;
    }
}
