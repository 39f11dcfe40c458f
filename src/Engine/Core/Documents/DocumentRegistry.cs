using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// Issued documents after the fact: public verification of permits and refusal letters by number (full with the
/// document's check code, masked without) and revocation by an admin (audited).
/// </summary>
public sealed class DocumentRegistry(IWorkflowStore store, TimeProvider time, IOptions<EngineOptions> engine)
{
    public const int MaxReasonLength = 1000;

    /// <summary>
    /// The permit or refusal letter carrying <paramref name="number"/>; null for any other number, a receipt's included, so
    /// that sequential registration numbers reveal nothing. Only the right <paramref name="checkCode"/> shows the holder's
    /// name, the SHA-256 and the reason of a revocation; a wrong one answers exactly as none. A refusal letter without its
    /// right code is null too, like an unknown number: its sequential numbers would otherwise tell who (by initials) was
    /// refused. A permit whose first day of validity is still to come (a renewal issued early) is
    /// <see cref="VerificationView.Statuses.NotYetValid"/>, not valid. The number may be typed in small letters.
    /// </summary>
    public async Task<VerificationView?> VerifyAsync(string number, string? checkCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(number);
        // Document numbers are issued in capitals ("503/0042/SIP/DPMPTSP/2026"); one typed from paper in small letters is the same.
        var found = await store.FindVerifiableDocumentAsync(number.Trim().ToUpperInvariant(), cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return null;
        }

        var document = found.Document;
        var full = DocumentCheckCode.Matches(document.Number, checkCode, found.CheckCodeHash);
        if (document.Kind == DocumentKinds.Rejection && !full)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZones.Resolve(engine.Value.TimeZone)).DateTime);
        var expired = document.ValidUntil is { } until && until < today;
        var status = document.RevokedAt is not null ? VerificationView.Statuses.Revoked
            : expired ? VerificationView.Statuses.Expired
            : document.ValidFrom is { } from && from > today ? VerificationView.Statuses.NotYetValid
            : VerificationView.Statuses.Valid;
        return new VerificationView(
            status == VerificationView.Statuses.Valid,
            document.Kind,
            document.Number,
            full ? document.Holder : HolderMask.Mask(document.Holder),
            document.IssuedAt,
            document.RevokedAt is not null,
            document.RevokedAt,
            full,
            full ? document.Sha256 : null,
            full ? document.RevokeReason : null,
            status,
            expired,
            document.ValidFrom,
            document.ValidUntil);
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
