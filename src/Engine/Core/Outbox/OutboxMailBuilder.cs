using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Mail;
using Mpp.Workflows.Engine.Model.Payloads;
using Mpp.Workflows.Engine.Observability;

namespace Mpp.Workflows.Engine.Outbox;

/// <summary>
/// Turns an <see cref="OutboxKinds.Email"/> row, read as a <see cref="MailPayload"/>, into the mail to send. A mail that
/// attaches a document waits while an issue of that kind, queued no later than the mail, is still pending in the same
/// application, so "issue permit → send permit" holds whatever order the rows are claimed in. Mails to the applicant that
/// carry the tracking token (receipt, return for revision) derive it here (<see cref="TrackingTokenIssuer"/>): rows do not hold it.
/// A route's own mail goes only where <see cref="RouteMailPolicy"/> allows.
/// </summary>
internal sealed class OutboxMailBuilder(
    IWorkflowStore store,
    DefinitionProvider definitions,
    DocumentOptions options,
    TrackingTokenIssuer tokens,
    TimeZoneInfo zone,
    CalendarBook calendars,
    RouteMailPolicy recipients,
    PermitRenewals renewals)
{
    private static readonly TimeSpan WaitForDocument = TimeSpan.FromSeconds(1);

    /// <summary>The receipt mail; its completion date says so when a year it was counted through has no decree yet.</summary>
    private MailContent Receipt(InstanceRecord instance, WorkflowDefinition definition, Applicant applicant)
    {
        var expected = ServiceDates.ExpectedCompletion(calendars.Days, instance.CreatedAt, definition.Options.SlaDays, zone);
        return MailTemplates.Receipt(new ReceiptMail(
            applicant.Name, instance.RegistrationNumber, definition.Name, expected, TokenOf(instance), TrackingUrl(instance))
        {
            ProvisionalYears = calendars.ProvisionalYears(TimeZoneInfo.ConvertTime(instance.CreatedAt, zone).Year, expected.Year),
        });
    }

    public async Task<MailPlan> PlanAsync(OutboxMessage row, MailPayload payload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (payload is ComplaintFiledMailPayload or ComplaintAnsweredMailPayload)
        {
            return await ComplaintAsync(row, payload, cancellationToken).ConfigureAwait(false);
        }

        if (row.InstanceId is not { } instanceId || EngineTelemetry.Noted(await store.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)) is not { } instance)
        {
            return new MailPlan.Fail("The mail names no existing application.");
        }

        // A route published before the recipient rule, or edited outside the studio, still mails no one else.
        if (payload is ActivityMailPayload routeMail
            && recipients.Refusal(routeMail.To, EngineJson.Deserialize<Applicant>(instance.ApplicantJson).Email, routeMail.Attachments ?? []) is { } refusal)
        {
            return new MailPlan.Fail(refusal);
        }

        var attachments = new List<(string Kind, DocumentRecord Document)>();
        foreach (var kind in payload.AttachedKinds().Where(k => k.Length > 0))
        {
            var pending = await PendingIssueAsync(row, instanceId, kind, now, cancellationToken).ConfigureAwait(false);
            if (pending is not null)
            {
                return pending;
            }

            var document = await store.FindLatestDocumentAsync(instanceId, kind, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                return new MailPlan.Fail($"No {kind} document was issued in this application, so the mail cannot attach it.");
            }

            attachments.Add((kind, document));
        }

        var definition = await definitions.GetVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken)
            .ConfigureAwait(false);
        var applicant = EngineJson.Deserialize<Applicant>(instance.ApplicantJson);
        var to = payload switch
        {
            ReminderMailPayload reminder => new MailRecipient(reminder.To.Trim(), reminder.StaffName),
            StatutoryDeadlineMailPayload notice => new MailRecipient(notice.To.Trim(), notice.StaffName),
            ActivityMailPayload { To: { } address } when !string.IsNullOrWhiteSpace(address) => new MailRecipient(address.Trim(), null),
            _ => new MailRecipient(applicant.Email, applicant.Name),
        };
        if (string.IsNullOrWhiteSpace(to.Address))
        {
            return new MailPlan.Fail("The mail has no recipient address.");
        }

        var content = payload switch
        {
            ReceiptMailPayload => Receipt(instance, definition, applicant),
            RevisionRequestMailPayload revision => MailTemplates.ReturnedForRevision(new RevisionRequestMail(
                applicant.Name, instance.RegistrationNumber, definition.Name, Lines(revision.Reasons),
                TrackingUrl(instance))),
            ReminderMailPayload reminder => MailTemplates.Reminder(new ReminderMail(
                reminder.StaffName ?? to.Address, reminder.TaskTitle ?? "Tugas", instance.RegistrationNumber,
                reminder.DueAt ?? now, reminder.IsOverdue, $"{options.BaseUrl}/applications/{instance.Id}")),
            StatutoryDeadlineMailPayload notice => MailTemplates.StatutoryDeadline(new StatutoryDeadlineMail(
                notice.StaffName ?? to.Address, definition.Name, instance.RegistrationNumber, notice.DueAt ?? now,
                notice.Days, $"{options.BaseUrl}/applications/{instance.Id}")),
            PermitExpiryMailPayload expiry => await PermitExpiryAsync(expiry, instance, definition, applicant, cancellationToken).ConfigureAwait(false),
            ActivityMailPayload activity => await RouteMailAsync(activity, instance, definition, applicant, attachments, cancellationToken)
                .ConfigureAwait(false),
            _ => null,
        };
        if (content is null)
        {
            return new MailPlan.Fail($"No mail is made from a {payload.GetType().Name}.");
        }

        var files = attachments
            .Select(a => new MailAttachment(DocumentFileNames.For(a.Kind, a.Document.Summary.Number), "application/pdf", a.Document.Content))
            .ToList();
        return new MailPlan.Send(OutgoingMail.Create(row.Id, row.CreatedAt, to, content, files));
    }

    /// <summary>Whether an issue of <paramref name="kind"/> queued no later than the mail has yet to run (wait) or failed (fail).</summary>
    private async Task<MailPlan?> PendingIssueAsync(
        OutboxMessage mail, Guid instanceId, string kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await store.ListOutboxOfInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var issues = rows
            .Where(r => r.Kind == OutboxKinds.IssueDocument && r.CreatedAt <= mail.CreatedAt)
            .Where(r => OutboxPayloads.TryRead(r.Kind, r.PayloadJson, out var payload, out _)
                && payload is IssueDocumentPayload issue && issue.DocumentKind == kind)
            .ToList();
        if (issues.Any(r => r.Status == OutboxStatuses.Pending))
        {
            return new MailPlan.Wait(now + WaitForDocument, $"Waiting for the {kind} document to be issued.");
        }

        return issues.Any(r => r.Status == OutboxStatuses.Failed)
            ? new MailPlan.Fail($"The {kind} document could not be issued; retry its outbox row first.")
            : null;
    }

    private async Task<MailContent> RouteMailAsync(
        ActivityMailPayload payload,
        InstanceRecord instance,
        WorkflowDefinition definition,
        Applicant applicant,
        IReadOnlyList<(string Kind, DocumentRecord Document)> attachments,
        CancellationToken cancellationToken)
    {
        var subject = payload.Subject;
        var body = payload.Body;
        var permit = attachments.FirstOrDefault(a => a.Kind == DocumentKinds.Permit).Document;
        var rejection = attachments.FirstOrDefault(a => a.Kind == DocumentKinds.Rejection).Document;

        // A route may mail someone other than the applicant (an agency's address): their link asks for the tracking code.
        var toApplicant = string.IsNullOrWhiteSpace(payload.To)
            || string.Equals(payload.To.Trim(), applicant.Email?.Trim(), StringComparison.OrdinalIgnoreCase);
        var tracking = toApplicant ? TrackingUrl(instance) : options.TrackingUrl(instance.RegistrationNumber, null);
        var survey = toApplicant ? SurveyUrl(instance) : null;
        MailContent content;
        if (!string.IsNullOrWhiteSpace(body))
        {
            var builder = new MailBodyBuilder();
            foreach (var paragraph in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                builder.Paragraph(paragraph);
            }

            if (permit is not null)
            {
                builder.Facts(("Nomor izin", permit.Summary.Number), ("Nomor registrasi", instance.RegistrationNumber))
                    .Link("Verifikasi izin", VerificationUrl(permit));
            }

            if (rejection is not null)
            {
                // The route's own words may only point at the letter; the refusing decision's reasons are always in the mail.
                var history = await store.GetHistoryAsync(instance.Id, cancellationToken).ConfigureAwait(false);
                builder.Paragraph("Alasan penolakan:").NumberedList(RejectionReasons.From(history));
            }

            builder.Link("Lacak status permohonan", tracking);
            if (permit is not null || rejection is not null)
            {
                builder.SurveyInvitation(survey);
            }

            content = builder.Build(subject ?? $"Pemberitahuan permohonan {instance.RegistrationNumber}");
        }
        else if (permit is not null)
        {
            content = MailTemplates.Permit(new PermitMail(
                applicant.Name, instance.RegistrationNumber, definition.Name, permit.Summary.Number, VerificationUrl(permit), tracking, survey));
        }
        else if (rejection is not null)
        {
            var history = await store.GetHistoryAsync(instance.Id, cancellationToken).ConfigureAwait(false);
            content = MailTemplates.Rejection(new RejectionMail(
                applicant.Name, instance.RegistrationNumber, definition.Name, RejectionReasons.From(history), tracking, survey));
        }
        else
        {
            content = new MailBodyBuilder()
                .Paragraph($"Yth. {applicant.Name},")
                .Paragraph($"Ada pemberitahuan tentang permohonan {definition.Name} dengan nomor registrasi {instance.RegistrationNumber}.")
                .Link("Lacak status permohonan", tracking)
                .Build(subject ?? $"Pemberitahuan permohonan {instance.RegistrationNumber}");
        }

        return string.IsNullOrWhiteSpace(subject) ? content : content with { Subject = subject };
    }

    /// <summary>The reminder of a permit's end, linking the renewal form prefilled for its holder; null when the permit is gone or has no end.</summary>
    private async Task<MailContent?> PermitExpiryAsync(
        PermitExpiryMailPayload payload, InstanceRecord instance, WorkflowDefinition definition, Applicant applicant, CancellationToken cancellationToken)
    {
        if (await store.GetDocumentAsync(payload.DocumentId, cancellationToken).ConfigureAwait(false) is not { Summary: { ValidUntil: { } until } summary } permit
            || summary.InstanceId != instance.Id)
        {
            return null;
        }

        return MailTemplates.PermitExpiry(new PermitExpiryMail(
            applicant.Name, summary.Number, definition.Name, until, renewals.RenewalUrl(summary, renewals.RenewalRouteOf(definition)),
            VerificationUrl(permit)));
    }

    /// <summary>
    /// A mail to a complainant: the applicant of the application it is about (with the tracking link), or the address a service
    /// complaint left (with the link to the complaint's page and its token, derived here).
    /// </summary>
    private async Task<MailPlan> ComplaintAsync(OutboxMessage row, MailPayload payload, CancellationToken cancellationToken)
    {
        var complaintId = payload is ComplaintFiledMailPayload filed ? filed.ComplaintId : ((ComplaintAnsweredMailPayload)payload).ComplaintId;
        if (await store.GetComplaintAsync(complaintId, cancellationToken).ConfigureAwait(false) is not { } complaint)
        {
            return new MailPlan.Fail("The mail names no existing complaint.");
        }

        var service = (await definitions.GetPublishedAsync(complaint.DefinitionId, cancellationToken).ConfigureAwait(false))?.Name ?? complaint.DefinitionId;
        MailRecipient to;
        string greeting;
        string? registration = null;
        string follow;
        if (complaint.InstanceId is { } instanceId)
        {
            if (await store.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is not { } instance)
            {
                return new MailPlan.Fail("The mail names no existing application.");
            }

            var applicant = EngineJson.Deserialize<Applicant>(instance.ApplicantJson);
            to = new MailRecipient(applicant.Email, applicant.Name);
            greeting = applicant.Name;
            registration = instance.RegistrationNumber;
            follow = TrackingUrl(instance);
        }
        else
        {
            // The name came with an address nobody verified: it stays out of the header, and a name from before the rule that reads
            // like a link is not repeated in the greeting either.
            to = new MailRecipient(complaint.ContactEmail ?? string.Empty, null);
            greeting = complaint.ContactName is { } name && ComplaintContactName.LooksLikeAName(name) ? name : "Bapak/Ibu";
            follow = $"{options.BaseUrl}/pengaduan/{Uri.EscapeDataString(complaint.Number)}?token={Uri.EscapeDataString(tokens.For(complaint.Id))}";
        }

        if (string.IsNullOrWhiteSpace(to.Address))
        {
            return new MailPlan.Fail("The mail has no recipient address.");
        }

        var values = new ComplaintMail(
            greeting, complaint.Number, service, registration,
            complaint.DueAt is { } due ? TimeZoneInfo.ConvertTime(due, zone) : null, complaint.DueProvisional, complaint.Answer, follow);
        var content = payload is ComplaintFiledMailPayload ? ComplaintMailTemplates.Filed(values) : ComplaintMailTemplates.Answered(values);
        return new MailPlan.Send(OutgoingMail.Create(row.Id, row.CreatedAt, to, content, []));
    }

    /// <summary>The applicant's token, or null for an application whose token cannot be derived (its link asks for the code).</summary>
    private string? TokenOf(InstanceRecord instance) => tokens.ForHolder(instance.Id, instance.TrackingTokenHash);

    /// <summary>The applicant's tracking page with the token in the link, so every mail to the applicant opens their file.</summary>
    private string TrackingUrl(InstanceRecord instance) => options.TrackingUrl(instance.RegistrationNumber, TokenOf(instance));

    /// <summary>The survey of the application for its applicant; null when the token cannot be derived (no link then).</summary>
    private string? SurveyUrl(InstanceRecord instance) =>
        TokenOf(instance) is { } token ? options.SurveyUrl(instance.RegistrationNumber, token) : null;

    private static IReadOnlyList<string> Lines(string? text)
    {
        var lines = text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return lines.Length > 0 ? lines : ["Berkas permohonan perlu dilengkapi atau diperbaiki."];
    }

    /// <summary>The permit's verification link with its check code, so the holder sees the full record (masked without it).</summary>
    private string VerificationUrl(DocumentRecord permit) =>
        options.VerificationUrl(
            permit.Summary.Number, DocumentCheckCode.ForHolder(tokens, permit.Summary.Id, permit.Summary.Number, permit.CheckCodeHash));
}
