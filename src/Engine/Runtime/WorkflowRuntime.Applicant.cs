using Mpp.Workflows.Engine.Attachments;
using Mpp.Workflows.Engine.Model;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Engine.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// The applicant sends the corrected file back: the new values replace the old ones, the whole form is validated again,
    /// and the route continues through the revision's <c>Resubmitted</c> port.
    /// </summary>
    public Task<ApplicationView> ResubmitAsync(Guid applicationId, string? token, JsonObject data, CancellationToken cancellationToken) =>
        ResubmitAsync(applicationId, token, data, [], cancellationToken);

    /// <summary>
    /// As <see cref="ResubmitAsync(Guid, string?, JsonObject, CancellationToken)"/>, with new files for the form's <c>File</c>
    /// inputs: each replaces the input's current file (the old one stays stored and listed), in the same transaction.
    /// </summary>
    public async Task<ApplicationView> ResubmitAsync(
        Guid applicationId, string? token, JsonObject data, IReadOnlyList<AttachmentUpload> attachments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(attachments);
        await using (var session = await BeginAsync(cancellationToken).ConfigureAwait(false))
        {
            var instance = await session.LockInstanceAsync(applicationId, cancellationToken).ConfigureAwait(false);
            if (instance is null || !TrackingTokens.Matches(token, instance.TrackingTokenHash))
            {
                // The same answer for an unknown id and a wrong token: the id alone must not reveal that a file exists.
                throw NotFound("Application");
            }

            if (instance.Status != ApplicationStatuses.AwaitingApplicant)
            {
                throw Conflict("The application is not awaiting a revision", $"Its status is {instance.Status}.");
            }

            var definition = await DefinitionOfAsync(instance, cancellationToken).ConfigureAwait(false);
            var stored = ParseObject(instance.DataJson);
            var merged = ParseObject(instance.DataJson);
            foreach (var (key, value) in data)
            {
                if (definition.Inputs.Any(i => i.Name == key))
                {
                    merged[key] = value?.DeepClone();
                }
            }

            var now = time.GetUtcNow();
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var files = PrepareAttachments(definition, merged, stored, attachments, instance.Id, now, errors);
            foreach (var (key, messages) in ApplicationDataValidator.Validate(merged, definition.Inputs, "data."))
            {
                errors.TryAdd(key, messages);
            }

            if (errors.Count > 0)
            {
                throw Invalid("The revised application is incomplete or malformed", errors);
            }

            await InsertAttachmentsAsync(session, files, instance.Id, cancellationToken).ConfigureAwait(false);
            var state = EngineJson.Deserialize<ExecutionState>(instance.StateJson);
            var current = instance with { DataJson = merged.ToJsonString() };
            var revisions = state.Bookmarks.Where(b => b.Kind == BookmarkKinds.ApplicantRevision).ToList();
            await session.AppendAuditAsync(
                new AuditEvent(instance.Id, now, Actor.Applicant.Name, revisions.FirstOrDefault()?.ActivityId, AuditEvents.Resubmitted,
                    null, null, new JsonObject { ["changedFields"] = new JsonArray([.. data.Select(p => p.Key).Union(files.Select(f => f.Summary.FieldName)).Select(k => (JsonNode?)k)]) }.ToJsonString()),
                cancellationToken).ConfigureAwait(false);
            state.RevisionReasons = null;
            var effects = new ExecutionEffects();
            foreach (var bookmark in revisions)
            {
                var step = interpreter.Resume(definition.Root, state, bookmark, "Resubmitted", ScopeOf(current, state));
                Merge(effects, step);
                if (effects.Fault is not null || effects.Result is not null)
                {
                    break;
                }
            }

            var updated = await ApplyAsync(session, current, state, effects, Actor.Applicant, now, cancellationToken).ConfigureAwait(false);
            await session.UpdateInstanceAsync(updated, instance.Revision, cancellationToken).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return (await GetApplicationAsync(applicationId, cancellationToken).ConfigureAwait(false))!;
    }

    private static void Merge(ExecutionEffects into, ExecutionEffects from)
    {
        into.NewTasks.AddRange(from.NewTasks);
        into.CancelledTasks.AddRange(from.CancelledTasks);
        into.NewTimers.AddRange(from.NewTimers);
        into.CancelledTimers.AddRange(from.CancelledTimers);
        into.Revisions.AddRange(from.Revisions);
        into.Documents.AddRange(from.Documents);
        into.Emails.AddRange(from.Emails);
        into.Trace.AddRange(from.Trace);
        into.Result ??= from.Result;
        into.Fault ??= from.Fault;
        into.ReturnedToApplicant |= from.ReturnedToApplicant;
    }
}
