using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Model.Payloads;
using Mpp.Workflows.Engine.Observability;

namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// Carries out an <see cref="OutboxKinds.IssueDocument"/> row: numbers, renders, signs and stores the document, audits
/// <see cref="AuditEvents.DocumentIssued"/> and marks the row sent, all in one transaction on the locked application. A
/// crash before the commit leaves no number used and the row pending; a second run of a row that already produced a
/// document only marks it sent. Permits and refusal letters get a fresh <see cref="DocumentCheckCode"/>: printed on the
/// PDF and carried by its QR link, and stored only as a hash.
/// </summary>
public sealed class DocumentIssuer
{
    /// <summary>Printed where a draft's number will be.</summary>
    public const string DraftNumber = "(diberikan saat ditandatangani)";

    private readonly IWorkflowStore store;
    private readonly DefinitionProvider definitions;
    private readonly IDocumentRenderer renderer;
    private readonly IDocumentSigner signer;
    private readonly WorkingDayCalendar calendar;
    private readonly CalendarBook calendars;
    private readonly DocumentOptions options;
    private readonly EngineOptions engineOptions;
    private readonly Letterhead letterhead;
    private readonly TimeProvider time;
    private readonly ILogger<DocumentIssuer> logger;
    private readonly TrackingTokenIssuer secrets;
    private readonly PermitTemplateCatalog templates;
    private readonly PermitRenewals renewals;

    public DocumentIssuer(
        IWorkflowStore store,
        DefinitionProvider definitions,
        IDocumentRenderer renderer,
        IDocumentSigner signer,
        IOptions<DocumentOptions> options,
        IOptions<EngineOptions> engineOptions,
        IOptions<Letterhead> letterhead,
        TimeProvider time,
        ILogger<DocumentIssuer> logger,
        CalendarBook calendars,
        TrackingTokenIssuer secrets)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(engineOptions);
        ArgumentNullException.ThrowIfNull(letterhead);
        this.store = store;
        this.definitions = definitions;
        this.renderer = renderer;
        this.signer = signer;
        calendar = calendars.Days;
        this.calendars = calendars;
        this.options = options.Value;
        this.engineOptions = engineOptions.Value;
        this.letterhead = letterhead.Value;
        this.time = time;
        this.logger = logger;
        this.secrets = secrets;
        renewals = new PermitRenewals(store, definitions, options, secrets, time, engineOptions);
        templates = new PermitTemplateCatalog(this.options.TemplatesDirectory);
    }

    /// <summary>
    /// Issues the document <paramref name="row"/> asks for (its <paramref name="payload"/>, read with
    /// <see cref="OutboxPayloads"/>); returns it, or null when the row was no longer pending or no longer held by the lease
    /// <paramref name="row"/> was claimed with.
    /// </summary>
    public async Task<DocumentSummary?> IssueAsync(OutboxMessage row, IssueDocumentPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(payload);
        var instanceId = row.InstanceId ?? throw new InvalidDataException($"Outbox row {row.Id} names no application.");
        var kind = payload.DocumentKind;

        await using var session = await store.BeginAsync(cancellationToken).ConfigureAwait(false);
        var instance = EngineTelemetry.Noted(await session.LockInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false))
            ?? throw new InvalidDataException($"Application {instanceId} of outbox row {row.Id} does not exist.");
        var current = await session.GetOutboxAsync(row.Id, cancellationToken).ConfigureAwait(false);
        if (current is not { Status: OutboxStatuses.Pending } || (row.LeaseToken is { } held && current.LeaseToken != held))
        {
            // Done already, or taken over by another dispatcher after this one's lease ran out: only the holder issues it.
            return null;
        }

        var now = time.GetUtcNow();
        var done = current with
        {
            Status = OutboxStatuses.Sent, Attempts = current.Attempts + 1, NextAttemptAt = null, LastError = null, LeaseToken = null,
        };
        if (await session.FindDocumentBySourceAsync(row.Id, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            await session.UpdateOutboxAsync(done, cancellationToken).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            return earlier;
        }

        var document = await IssueLockedAsync(session, instance, row, payload, null, now, cancellationToken).ConfigureAwait(false);
        await session.UpdateOutboxAsync(done, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Issued {Kind} {Number} for {RegistrationNumber}", kind, document.Summary.Number, instance.RegistrationNumber);
        return document.Summary;
    }

    /// <summary>
    /// Issues the document of <paramref name="row"/>, an outbox row the caller's decision has just queued, inside the caller's
    /// transaction and signed with the official's <paramref name="credentials"/> (the signing service is asked while the
    /// transaction is open), and marks the row sent. It all commits with the decision or not at all: a refused or failed
    /// signature throws <see cref="SigningFailedException"/> and the caller rolls back, leaving no number used, no document
    /// and the task open. <paramref name="instance"/> is the application as the decision left it.
    /// </summary>
    public async Task<DocumentSummary> IssueAtDecisionAsync(
        IStoreSession session, InstanceRecord instance, OutboxMessage row, IssueDocumentPayload payload, SigningCredentials credentials,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(credentials);
        var now = time.GetUtcNow();
        var document = await IssueLockedAsync(session, instance, row, payload, credentials, now, cancellationToken).ConfigureAwait(false);
        await session.UpdateOutboxAsync(
            row with { Status = OutboxStatuses.Sent, Attempts = row.Attempts + 1, NextAttemptAt = null, LastError = null, LeaseToken = null },
            cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Signed {Kind} {Number} for {RegistrationNumber} at the official's decision",
            payload.DocumentKind, document.Summary.Number, instance.RegistrationNumber);
        return document.Summary;
    }

    /// <summary>Numbers, renders, signs and stores the document, and audits it, in the caller's transaction.</summary>
    private async Task<DocumentRecord> IssueLockedAsync(
        IStoreSession session, InstanceRecord instance, OutboxMessage row, IssueDocumentPayload payload, SigningCredentials? credentials,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var kind = payload.DocumentKind;
        var definition = await definitions.GetVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken)
            .ConfigureAwait(false);
        var zone = TimeZones.Resolve(engineOptions.TimeZone);
        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        var documentId = Guid.NewGuid();
        var checkCode = kind is DocumentKinds.Permit or DocumentKinds.Rejection ? DocumentCheckCode.For(secrets, documentId) : null;
        var (number, holder, pdf, reason, validity) = kind switch
        {
            DocumentKinds.Receipt => Receipt(instance, definition, zone),
            DocumentKinds.Permit => await PermitAsync(instance, definition, await NextNumberAsync(session, kind, definition, localNow, cancellationToken)
                .ConfigureAwait(false), localNow, checkCode!, cancellationToken).ConfigureAwait(false),
            DocumentKinds.Rejection => await RejectionAsync(instance, definition,
                await NextNumberAsync(session, kind, definition, localNow, cancellationToken).ConfigureAwait(false), localNow, checkCode!,
                cancellationToken).ConfigureAwait(false),
            _ => throw new InvalidDataException($"Unknown document kind '{kind}' in outbox row {row.Id}."),
        };
        var signed = await signer.SignAsync(
            pdf, new SignatureInfo(reason, letterhead.Place, localNow, letterhead.Email.Length > 0 ? letterhead.Email : null), credentials,
            cancellationToken).ConfigureAwait(false);
        var document = new DocumentRecord(
            new DocumentSummary(documentId, instance.Id, row.Id, kind, number, holder, DocumentHash.Sha256Hex(signed), now,
                ValidFrom: validity?.From, ValidUntil: validity?.Until, RenewalOf: validity?.Renews),
            signed,
            checkCode is null ? null : DocumentCheckCode.Hash(number, checkCode));
        await session.InsertDocumentAsync(document, cancellationToken).ConfigureAwait(false);
        await session.AppendAuditAsync(
            new AuditEvent(instance.Id, now, Actor.System.Name, payload.ActivityId, AuditEvents.DocumentIssued, kind, null,
                new JsonObject { ["documentId"] = documentId, ["kind"] = kind, ["number"] = number, ["sha256"] = document.Summary.Sha256 }.ToJsonString()),
            cancellationToken).ConfigureAwait(false);
        return document;
    }

    private async Task<string> NextNumberAsync(
        IStoreSession session, string kind, WorkflowDefinition definition, DateTimeOffset localNow, CancellationToken cancellationToken)
    {
        var service = ServiceCode(definition);
        var sequence = await session.NextSequenceAsync(DocumentNumbers.SequenceScope(kind, service, localNow.Year), cancellationToken)
            .ConfigureAwait(false);
        return DocumentNumbers.Format(kind, engineOptions.RegistrationPrefix, sequence, service, options.IssuingOffice, localNow.Year);
    }

    private (string Number, string Holder, byte[] Pdf, string Reason, Validity? Validity) Receipt(
        InstanceRecord instance, WorkflowDefinition definition, TimeZoneInfo zone)
    {
        var applicant = EngineJson.Deserialize<Applicant>(instance.ApplicantJson);
        var expected = ServiceDates.ExpectedCompletion(calendar, instance.CreatedAt, definition.Options.SlaDays, zone);
        var content = new ReceiptContent(
            instance.RegistrationNumber,
            TimeZoneInfo.ConvertTime(instance.CreatedAt, zone),
            applicant.Name,
            applicant.Nik ?? "-",
            applicant.Email,
            definition.Name,
            SubmittedRequirements(definition, instance),
            expected,
            options.TrackingUrl(instance.RegistrationNumber, null))
        {
            ProvisionalYears = calendars.ProvisionalYears(TimeZoneInfo.ConvertTime(instance.CreatedAt, zone).Year, expected.Year),
        };
        return (instance.RegistrationNumber, applicant.Name, renderer.RenderReceipt(content), "Tanda terima permohonan", null);
    }

    /// <summary>
    /// The permit as it would be issued today from the application's data, for the signer to check before signing: drawn by
    /// the same template and renderer, but unnumbered, unsigned, watermarked "DRAF" and not stored.
    /// </summary>
    public async Task<byte[]> RenderDraftPermitAsync(InstanceRecord instance, WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(definition);
        var localNow = TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZones.Resolve(engineOptions.TimeZone));
        var (content, _) = await PermitContentOfAsync(instance, definition, DraftNumber, localNow, null, cancellationToken).ConfigureAwait(false);
        return renderer.RenderPermit(content with { IsDraft = true });
    }

    private async Task<(string Number, string Holder, byte[] Pdf, string Reason, Validity? Validity)> PermitAsync(
        InstanceRecord instance, WorkflowDefinition definition, string number, DateTimeOffset localNow, string checkCode,
        CancellationToken cancellationToken)
    {
        var (content, renews) = await PermitContentOfAsync(instance, definition, number, localNow, checkCode, cancellationToken).ConfigureAwait(false);

        // The dates stored are the ones printed: one computation (PermitTemplate.CreateContent) for both.
        return (number, content.HolderName, renderer.RenderPermit(content), "Penerbitan izin",
            new Validity(content.ValidFrom, content.ValidUntil, renews));
    }

    private async Task<(PermitContent Content, Guid? Renews)> PermitContentOfAsync(
        InstanceRecord instance, WorkflowDefinition definition, string number, DateTimeOffset localNow, string? checkCode,
        CancellationToken cancellationToken)
    {
        var template = templates.For(definition)
            ?? throw new InvalidDataException($"No permit template for route '{definition.DefinitionId}' in '{options.TemplatesDirectory}'.");

        var data = JsonNode.Parse(instance.DataJson) as JsonObject ?? [];
        var issuedOn = DateOnly.FromDateTime(localNow.DateTime);
        var previous = await renewals.PreviousPermitAsync(template, instance, data, cancellationToken).ConfigureAwait(false);
        var issue = new PermitIssue(
            number, instance.RegistrationNumber, definition.Name, issuedOn, letterhead.Place,
            options.Signer.ToSignatory(), options.VerificationUrl(number, checkCode), checkCode, PermitRenewals.StartOf(previous, issuedOn));
        return (template.CreateContent(issue, data), previous?.Id);
    }

    private async Task<(string Number, string Holder, byte[] Pdf, string Reason, Validity? Validity)> RejectionAsync(
        InstanceRecord instance, WorkflowDefinition definition, string number, DateTimeOffset localNow, string checkCode,
        CancellationToken cancellationToken)
    {
        var applicant = EngineJson.Deserialize<Applicant>(instance.ApplicantJson);
        var history = await store.GetHistoryAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var content = new RejectionContent(
            number, instance.RegistrationNumber, applicant.Name, definition.Name, RejectionReasons.From(history), letterhead.Place,
            DateOnly.FromDateTime(localNow.DateTime), options.Signer.ToSignatory(), options.VerificationUrl(number, checkCode), checkCode);
        return (number, applicant.Name, renderer.RenderRejection(content), "Penolakan permohonan", null);
    }

    private static string ServiceCode(WorkflowDefinition definition) =>
        definition.Options.ServiceCode ?? definition.DefinitionId.ToUpperInvariant();

    /// <summary>
    /// The route's requirements, each marked uploaded or to bring to the counter (with what to bring), then each other form
    /// file the applicant uploaded (the data holds an id for each).
    /// </summary>
    private static List<string> SubmittedRequirements(WorkflowDefinition definition, InstanceRecord instance)
    {
        var data = JsonNode.Parse(instance.DataJson) as JsonObject;
        bool Uploaded(string field) => data?[field] is JsonValue;
        var requirements = definition.Options.Requirements ?? [];
        var listed = requirements.Select(r => r switch
        {
            { Upload: { } field } when Uploaded(field) => $"{r.Name} (berkas diunggah)",
            { Upload: not null } => $"{r.Name} (belum diunggah: bawa ke loket)",
            { Bring: { } bring } => $"{r.Name} (bawa ke loket: {bring})",
            _ => $"{r.Name} (bawa ke loket)",
        });
        var uploaded = definition.Inputs
            .Where(i => i.Type == FieldType.File && Uploaded(i.Name) && !requirements.Any(r => r.Upload == i.Name))
            .Select(i => i.DisplayName + " (berkas diunggah)");
        return [.. listed, .. uploaded];
    }

    /// <summary>A permit's validity as printed, and the permit it renews.</summary>
    private sealed record Validity(DateOnly From, DateOnly? Until, Guid? Renews);
}
