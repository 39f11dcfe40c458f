using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Engine.Documents;

/// <summary>Issued documents after the fact: public verification by number and revocation by an admin (audited).</summary>
public sealed class DocumentRegistry(IWorkflowStore store, TimeProvider time)
{
    public const int MaxReasonLength = 1000;

    public async Task<VerificationView?> VerifyAsync(string number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(number);
        var document = await store.FindDocumentByNumberAsync(number.Trim(), cancellationToken).ConfigureAwait(false);
        return document is null
            ? null
            : new VerificationView(
                document.RevokedAt is null, document.Kind, document.Number, document.Holder, document.IssuedAt, document.Sha256,
                document.RevokedAt is not null, document.RevokedAt, document.RevokeReason);
    }

    /// <summary>
    /// Revokes a document with a reason, recorded as <see cref="AuditEvents.DocumentRevoked"/> in its application's history.
    /// Revoking a revoked document changes nothing. Returns the document as it now stands, or null when unknown.
    /// </summary>
    public async Task<DocumentSummary?> RevokeAsync(Guid id, string reason, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(actor);
        await using var session = await store.BeginAsync(cancellationToken).ConfigureAwait(false);
        var document = await session.GetDocumentSummaryAsync(id, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        // Locking the application orders the revocation with any command running on it.
        await session.LockInstanceAsync(document.InstanceId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (await session.RevokeDocumentAsync(id, now, reason.Trim(), actor.Name, cancellationToken).ConfigureAwait(false))
        {
            await session.AppendAuditAsync(
                new AuditEvent(document.InstanceId, now, actor.Name, null, AuditEvents.DocumentRevoked, document.Kind, reason.Trim(),
                    new JsonObject { ["documentId"] = document.Id, ["number"] = document.Number }.ToJsonString()),
                cancellationToken).ConfigureAwait(false);
        }

        var revoked = await session.GetDocumentSummaryAsync(id, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return revoked;
    }
}
