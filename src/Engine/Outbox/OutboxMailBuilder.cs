using System.Globalization;
using System.Text.Json.Nodes;
using Mpp.Workflows.Definitions.Model;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Mail;
using Mpp.Workflows.Engine.Model;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Engine.Outbox;

/// <summary>
/// Turns an <see cref="OutboxKinds.Email"/> row into the mail to send (see <see cref="OutboxMailTemplates"/> for the
/// payloads). A mail that attaches a document waits while an issue of that kind, queued no later than the mail, is still
/// pending in the same application, so "issue permit → send permit" holds whatever order the rows are claimed in.
/// </summary>
internal sealed class OutboxMailBuilder(
    IWorkflowStore store,
    DefinitionProvider definitions,
    DocumentOptions options,
    TimeZoneInfo zone,
    WorkingDayCalendar calendar)
{
    private static readonly TimeSpan WaitForDocument = TimeSpan.FromSeconds(1);

    public async Task<MailPlan> PlanAsync(OutboxMessage row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var payload = JsonNode.Parse(row.PayloadJson) as JsonObject ?? [];
        if (row.InstanceId is not { } instanceId || await store.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is not { } instance)
        {
            return new MailPlan.Fail("The mail names no existing application.");
        }

        var attachments = new List<(string Kind, DocumentRecord Document)>();
        foreach (var kind in Strings(payload["attachments"]))
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
        var template = (string?)payload["template"];
        var to = template is OutboxMailTemplates.Reminder or OutboxMailTemplates.StatutoryDeadline || !string.IsNullOrWhiteSpace((string?)payload["to"])
            ? new MailRecipient(((string?)payload["to"] ?? "").Trim(), (string?)payload["staffName"])
            : new MailRecipient(applicant.Email, applicant.Name);
        if (string.IsNullOrWhiteSpace(to.Address))
        {
            return new MailPlan.Fail("The mail has no recipient address.");
        }

        var content = template switch
        {
            OutboxMailTemplates.Receipt => MailTemplates.Receipt(new ReceiptMail(
                applicant.Name, instance.RegistrationNumber, definition.Name,
                ServiceDates.ExpectedCompletion(calendar, instance.CreatedAt, definition.Options.SlaDays, zone),
                (string?)payload["trackingToken"] ?? "-",
                options.TrackingUrl(instance.RegistrationNumber, (string?)payload["trackingToken"]))),
            OutboxMailTemplates.ReturnedForRevision => MailTemplates.ReturnedForRevision(new RevisionRequestMail(
                applicant.Name, instance.RegistrationNumber, definition.Name, Lines((string?)payload["reasons"]),
                options.TrackingUrl(instance.RegistrationNumber, null))),
            OutboxMailTemplates.Reminder => MailTemplates.Reminder(new ReminderMail(
                (string?)payload["staffName"] ?? to.Address, (string?)payload["taskTitle"] ?? "Tugas", instance.RegistrationNumber,
                DueAt(payload["dueAt"], now), (bool?)payload["isOverdue"] ?? false, $"{options.BaseUrl}/applications/{instance.Id}")),
            OutboxMailTemplates.StatutoryDeadline => MailTemplates.StatutoryDeadline(new StatutoryDeadlineMail(
                (string?)payload["staffName"] ?? to.Address, definition.Name, instance.RegistrationNumber, DueAt(payload["dueAt"], now),
                (int?)payload["days"] ?? 0, $"{options.BaseUrl}/applications/{instance.Id}")),
            null => await RouteMailAsync(payload, instance, definition, applicant, attachments, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
        if (content is null)
        {
            return new MailPlan.Fail($"Unknown mail template '{template}'.");
        }

        var files = attachments.Select(a => new MailAttachment(DocumentFileNames.For(a.Kind, a.Document.Number), "application/pdf", a.Document.Content)).ToList();
        return new MailPlan.Send(OutgoingMail.Create(row.Id, row.CreatedAt, to, content, files));
    }

    /// <summary>Whether an issue of <paramref name="kind"/> queued no later than the mail has yet to run (wait) or failed (fail).</summary>
    private async Task<MailPlan?> PendingIssueAsync(
        OutboxMessage mail, Guid instanceId, string kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await store.ListOutboxOfInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var issues = rows
            .Where(r => r.Kind == OutboxKinds.IssueDocument && r.CreatedAt <= mail.CreatedAt)
            .Where(r => (string?)(JsonNode.Parse(r.PayloadJson) as JsonObject)?["kind"] == kind)
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
        JsonObject payload,
        InstanceRecord instance,
        WorkflowDefinition definition,
        Applicant applicant,
        IReadOnlyList<(string Kind, DocumentRecord Document)> attachments,
        CancellationToken cancellationToken)
    {
        var subject = (string?)payload["subject"];
        var body = (string?)payload["body"];
        var permit = attachments.FirstOrDefault(a => a.Kind == DocumentKinds.Permit).Document;
        var rejection = attachments.FirstOrDefault(a => a.Kind == DocumentKinds.Rejection).Document;
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
                builder.Facts(("Nomor izin", permit.Number), ("Nomor registrasi", instance.RegistrationNumber))
                    .Link("Verifikasi izin", options.VerificationUrl(permit.Number));
            }

            content = builder.Build(subject ?? $"Pemberitahuan permohonan {instance.RegistrationNumber}");
        }
        else if (permit is not null)
        {
            content = MailTemplates.Permit(new PermitMail(
                applicant.Name, instance.RegistrationNumber, definition.Name, permit.Number, options.VerificationUrl(permit.Number)));
        }
        else if (rejection is not null)
        {
            var history = await store.GetHistoryAsync(instance.Id, cancellationToken).ConfigureAwait(false);
            content = MailTemplates.Rejection(new RejectionMail(
                applicant.Name, instance.RegistrationNumber, definition.Name, RejectionReasons.From(history)));
        }
        else
        {
            content = new MailBodyBuilder()
                .Paragraph($"Yth. {applicant.Name},")
                .Paragraph($"Ada pemberitahuan tentang permohonan {definition.Name} dengan nomor registrasi {instance.RegistrationNumber}.")
                .Link("Lacak status permohonan", options.TrackingUrl(instance.RegistrationNumber, null))
                .Build(subject ?? $"Pemberitahuan permohonan {instance.RegistrationNumber}");
        }

        return string.IsNullOrWhiteSpace(subject) ? content : content with { Subject = subject };
    }

    private static IEnumerable<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(item => (string?)item).OfType<string>().Where(s => s.Length > 0) : [];

    private static IReadOnlyList<string> Lines(string? text)
    {
        var lines = text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return lines.Length > 0 ? lines : ["Berkas permohonan perlu dilengkapi atau diperbaiki."];
    }

    private static DateTimeOffset DueAt(JsonNode? node, DateTimeOffset fallback) =>
        (string?)node is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) ? due : fallback;
}
