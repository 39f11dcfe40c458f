using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Model.Payloads;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The official's signature at the signing decision, when permits are signed through a signing service
/// (<see cref="SigningOptions.SignsAtDecision"/>). A step signs when its decision queues a <see cref="DocumentKinds.Permit"/>
/// (an <c>Mpp.IssueDocument</c> reached from the chosen outcome without waiting, as "Tandatangani" in the shipped routes):
/// the permit is then numbered, rendered, signed with the official's NIK and passphrase and stored inside the decision's
/// transaction (<see cref="DocumentIssuer.IssueAtDecisionAsync"/>), so the decision and the signed permit commit together or
/// not at all. A signature that fails rolls everything back (<see cref="SigningFailedException"/>), and
/// <see cref="RefuseAsync"/> audits it in a transaction of its own and turns it into the refusal the official reads.
/// </summary>
public sealed class SigningAtDecision(CommandPipeline pipeline, IOptions<SigningOptions> options, DocumentIssuer? issuer = null)
{
    /// <summary>Whether decisions that issue a permit are signed by the official through the service.</summary>
    public bool Enabled => options.Value.SignsAtDecision && issuer is not null;

    /// <summary>
    /// Signs and stores the permits the decision queued, inside its transaction; nothing when it queued none or signing is
    /// local. A missing passphrase is a 400 on the passphrase field; an official without a configured NIK a 403.
    /// </summary>
    public async Task SignAsync(
        IStoreSession session, InstanceRecord decided, ExecutionEffects effects, SigningPassphrase? passphrase, Actor actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effects);
        ArgumentNullException.ThrowIfNull(actor);
        if (!Enabled)
        {
            return;
        }

        var permits = effects.QueuedDocuments
            .Select(row => (Row: row, Payload: OutboxPayloads.Read(row.Kind, row.PayloadJson) as IssueDocumentPayload))
            .Where(p => p.Payload is { DocumentKind: DocumentKinds.Permit })
            .ToList();
        if (permits.Count == 0)
        {
            return;
        }

        if (passphrase is null)
        {
            throw CommandErrors.Invalid(SigningTexts.PassphraseRequiredTitle, new() { ["passphrase"] = [SigningTexts.PassphraseRequired] });
        }

        var nik = options.Value.Remote.NikOf(actor.Name)
            ?? throw CommandErrors.Forbidden(SigningTexts.NoNikTitle, SigningTexts.NoNik);
        var credentials = new SigningCredentials(nik, passphrase.Value);
        foreach (var (row, payload) in permits)
        {
            await issuer!.IssueAtDecisionAsync(session, decided, row, payload!, credentials, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// After the decision's transaction rolled back: audits <see cref="AuditEvents.SignatureFailed"/> on the task's application
    /// (the failure and the service's message, never the passphrase) and returns the refusal to throw: 400 for a wrong
    /// passphrase, 409 for a certificate that cannot sign, 503 for a service that cannot be reached.
    /// </summary>
    public async Task<CommandException> RefuseAsync(Guid taskId, SigningFailedException failure, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(actor);
        await pipeline.RunAsync(
            async session =>
            {
                if (await session.LockInstanceOfTaskAsync(taskId, cancellationToken).ConfigureAwait(false) is (var instance, var task))
                {
                    await session.AppendAuditAsync(
                        new AuditEvent(instance.Id, pipeline.Now, actor.Name, task.ActivityId, AuditEvents.SignatureFailed, null, null,
                            new JsonObject { ["failure"] = failure.Failure.ToString(), ["message"] = failure.Message }.ToJsonString()),
                        cancellationToken).ConfigureAwait(false);
                }

                return taskId;
            },
            cancellationToken).ConfigureAwait(false);

        var title = SigningTexts.Title(failure.Failure);
        var detail = SigningTexts.Detail(failure.Failure);
        return failure.Failure switch
        {
            SigningFailure.WrongPassphrase => CommandErrors.Invalid(title, new() { ["passphrase"] = [detail] }),
            SigningFailure.ServiceUnavailable => new CommandException(CommandErrorKind.Unavailable, title, detail),
            _ => CommandErrors.Conflict(title, detail),
        };
    }
}
