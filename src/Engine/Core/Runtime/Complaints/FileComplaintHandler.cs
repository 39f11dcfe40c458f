using Mpp.Workflows.Definitions.Catalog.Activities;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Mail;
using Mpp.Workflows.Engine.Model.Payloads;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Files a complaint in one transaction: the complaint row numbered <c>{prefix}-ADU-{year}-{sequence}</c>, its trail's first
/// entry, its response deadline timer (<see cref="ComplaintClock"/>) and the acknowledgement mail. It goes to the office of the
/// application's open task due first (none open: the escalation office), or for a service to the office of the route's first
/// step. A wrong registration number or token is a 404 that does not say which was wrong.
/// </summary>
public sealed class FileComplaintHandler(
    IWorkflowStore store,
    CommandPipeline pipeline,
    DefinitionProvider definitions,
    ComplaintClock clock,
    TrackingTokenIssuer tokens,
    IOptions<EngineOptions> engineOptions,
    IOptions<ComplaintOptions> options,
    ILogger<FileComplaintHandler> logger)
{
    /// <summary>The longest complaint text (and answer) taken.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The code in complaint numbers where a service code stands in registration numbers (aduan).</summary>
    public const string NumberCode = "ADU";

    private readonly EngineOptions _engine = engineOptions.Value;
    private readonly ComplaintOptions _options = options.Value;

    public async Task<FileComplaintResult> HandleAsync(FileComplaintCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        CommandIdempotency.Validate(command.IdempotencyKey);
        var errors = Validate(command);
        WorkflowDefinition? service = null;
        if (command.Subject == ComplaintSubjects.Service && !string.IsNullOrWhiteSpace(command.DefinitionId))
        {
            service = await definitions.GetPublishedAsync(command.DefinitionId.Trim(), cancellationToken).ConfigureAwait(false);
            if (service is null)
            {
                errors["definitionId"] = [ComplaintTexts.ServiceRequired];
            }
        }

        if (errors.Count > 0)
        {
            throw CommandErrors.Invalid(ComplaintTexts.Invalid, errors);
        }

        var applicationId = service is null ? await FindApplicationAsync(command, cancellationToken).ConfigureAwait(false) : (Guid?)null;
        var idempotency = command.IdempotencyKey is null ? null : ComplaintIdempotency.For(command);
        var id = Guid.NewGuid();
        return await pipeline.RunOnceAsync(
            session => FileWithinAsync(session, id, command, service, applicationId, idempotency, cancellationToken),
            idempotency?.Key, stored => idempotency!.Read(stored, tokens), "Concurrent complaint", cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<string, string[]> Validate(FileComplaintCommand command)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(command.Text))
        {
            errors["text"] = [ComplaintTexts.TextRequired];
        }
        else if (ApplicationDataValidator.CheckMultiLine(command.Text, ComplaintTexts.TextLabel, MaxTextLength) is { } textProblem)
        {
            errors["text"] = [textProblem];
        }

        switch (command.Subject)
        {
            case ComplaintSubjects.Application:
                if (string.IsNullOrWhiteSpace(command.RegistrationNumber) || string.IsNullOrWhiteSpace(command.TrackingToken)
                    || command.RegistrationNumber.Length > 100 || command.TrackingToken.Length > 200)
                {
                    errors["registrationNumber"] = [ComplaintTexts.ApplicationRequired];
                }

                break;
            case ComplaintSubjects.Service:
                ValidateContact(command, errors);
                break;
            default:
                errors["subject"] = [ComplaintTexts.SubjectRequired];
                break;
        }

        return errors;
    }

    private static void ValidateContact(FileComplaintCommand command, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(command.DefinitionId) || command.DefinitionId.Length > 100)
        {
            errors["definitionId"] = [ComplaintTexts.ServiceRequired];
        }

        if (string.IsNullOrWhiteSpace(command.ContactName))
        {
            errors["contactName"] = [ComplaintTexts.ContactNameRequired];
        }
        else if (ApplicationDataValidator.CheckSingleLine(command.ContactName, ComplaintTexts.ContactNameLabel, ApplicantRules.MaxNameLength) is { } nameProblem)
        {
            errors["contactName"] = [nameProblem];
        }
        else if (!ComplaintContactName.LooksLikeAName(command.ContactName))
        {
            errors["contactName"] = [ComplaintTexts.ContactNameNotAName(ComplaintContactName.MaxLength)];
        }

        var hasEmail = !string.IsNullOrWhiteSpace(command.ContactEmail);
        var hasPhone = !string.IsNullOrWhiteSpace(command.ContactPhone);
        if (!hasEmail && !hasPhone)
        {
            errors["contactEmail"] = [ComplaintTexts.ContactRequired];
        }

        if (hasEmail && (command.ContactEmail!.Length > 254 || !ApplicationDataValidator.IsEmail(command.ContactEmail)))
        {
            errors["contactEmail"] = [ComplaintTexts.ContactEmailRequired];
        }

        if (hasPhone
            && (ApplicationDataValidator.CheckSingleLine(command.ContactPhone, ComplaintTexts.ContactPhoneLabel, ApplicantRules.MaxPhoneLength)
                ?? ApplicationDataValidator.CheckFormat(FieldDefinition.Formats.Phone, command.ContactPhone!, ComplaintTexts.ContactPhoneLabel)) is { } phoneProblem)
        {
            errors["contactPhone"] = [phoneProblem];
        }
    }

    private async Task<FileComplaintResult> FileWithinAsync(
        IStoreSession session,
        Guid id,
        FileComplaintCommand command,
        WorkflowDefinition? service,
        Guid? applicationId,
        ComplaintIdempotency? idempotency,
        CancellationToken cancellationToken)
    {
        if (idempotency is not null
            && await session.GetIdempotentResultAsync(idempotency.Key, pipeline.Now, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return idempotency.Read(earlier, tokens);
        }

        var now = pipeline.Now;
        InstanceRecord? instance = null;
        string office, definitionId, tokenHash;
        string? followToken = null;
        if (applicationId is { } applicationIdValue)
        {
            instance = await session.LockInstanceAsync(applicationIdValue, cancellationToken).ConfigureAwait(false)
                ?? throw new CommandException(CommandErrorKind.NotFound, ComplaintTexts.ApplicationNotFound);
            var open = (await session.GetTasksOfInstanceAsync(instance.Id, cancellationToken).ConfigureAwait(false))
                .Where(t => t.Status == TaskStates.Open)
                .OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.CreatedAt)
                .FirstOrDefault();
            office = open?.Office ?? _options.EscalationOffice;
            definitionId = instance.DefinitionId;
            tokenHash = instance.TrackingTokenHash;
        }
        else
        {
            ArgumentNullException.ThrowIfNull(service);
            office = FirstStepOffice(service) ?? _options.EscalationOffice;
            definitionId = service.DefinitionId;
            followToken = tokens.For(id);
            tokenHash = TrackingTokens.Hash(followToken);
        }

        var year = TimeZoneInfo.ConvertTime(now, TimeZones.Resolve(_engine.TimeZone)).Year;
        var sequence = await session.NextSequenceAsync($"complaint:{year}", cancellationToken).ConfigureAwait(false);
        var number = RegistrationNumbers.Format(_engine.RegistrationPrefix, NumberCode, year, sequence);
        var (due, provisional) = await clock.DueAsync(office, now, cancellationToken).ConfigureAwait(false);
        // Counted after the number is drawn: the sequence row stays locked until commit, so complaints filed at once take
        // turns here and each counts the ones committed before it (PostgreSQL reads committed rows per statement; SQLite
        // runs one writer at a time).
        // An application's complaints mail its applicant, whose address nobody verified either: the same daily limit holds.
        var acknowledged = instance is not null
            ? await session.CountComplaintsOfApplicationAsync(instance.Id, now.AddDays(-1), cancellationToken).ConfigureAwait(false)
                < _options.AcknowledgementsPerAddressPerDay
            : Trimmed(command.ContactEmail) is { } email
                && await session.CountComplaintsToMailboxAsync(email, now.AddDays(-1), cancellationToken).ConfigureAwait(false)
                    < _options.AcknowledgementsPerAddressPerDay;
        var complaint = new ComplaintRecord(
            id, number, instance is null ? ComplaintSubjects.Service : ComplaintSubjects.Application, instance?.Id, definitionId, office,
            _options.EscalationOffice, command.Text!.Trim(), Contact(instance, command.ContactName), Contact(instance, command.ContactEmail),
            Contact(instance, command.ContactPhone), tokenHash, ComplaintStatuses.Open, now, due, provisional, null, null, null, null, null);
        await session.InsertComplaintAsync(complaint, cancellationToken).ConfigureAwait(false);
        await session.AppendComplaintEventAsync(
            new ComplaintEvent(id, now, Actor.Applicant.Name, ComplaintEvents.Filed, $"Diteruskan ke {office}"), cancellationToken).ConfigureAwait(false);
        await ComplaintClock.ArmAsync(session, complaint, cancellationToken).ConfigureAwait(false);
        if (acknowledged)
        {
            await ComplaintMails.QueueAsync(session, complaint, new ComplaintFiledMailPayload(id), now, cancellationToken).ConfigureAwait(false);
        }

        var result = new FileComplaintResult(id, number, complaint.Subject, office, due, provisional, followToken, acknowledged);
        if (idempotency is not null)
        {
            await session.SaveIdempotentResultAsync(
                idempotency.Key, idempotency.Write(result), now, now + _engine.IdempotencyKeyLifetime, cancellationToken).ConfigureAwait(false);
        }

        logger.LogInformation("Complaint {Number} filed for office {Office}", number, office);
        return result;
    }

    /// <summary>A service complaint's contact detail; an application's complaints answer its applicant, so any sent is dropped unread.</summary>
    private static string? Contact(InstanceRecord? instance, string? value) => instance is null ? Trimmed(value) : null;

    /// <summary>The application the complaint is about; an unknown number and a wrong token are the same 404.</summary>
    private async Task<Guid> FindApplicationAsync(FileComplaintCommand command, CancellationToken cancellationToken)
    {
        var number = RegistrationNumbers.Canonical(command.RegistrationNumber!);
        var instance = await store.FindInstanceByRegistrationNumberAsync(number, cancellationToken).ConfigureAwait(false);
        if (instance is null || !TrackingTokens.Matches(command.TrackingToken!.Trim(), instance.TrackingTokenHash))
        {
            throw new CommandException(CommandErrorKind.NotFound, ComplaintTexts.ApplicationNotFound);
        }

        return instance.Id;
    }

    /// <summary>The office of the first step a file meets on the route: the step after the start, followed along first ports.</summary>
    private static string? FirstStepOffice(WorkflowDefinition definition)
    {
        var root = definition.Root;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(root.Activities.Where(a => a.Type == ActivityTypes.Start).Select(a => a.Id));
        while (queue.TryDequeue(out var activityId))
        {
            if (!seen.Add(activityId))
            {
                continue;
            }

            var node = root.Activities.FirstOrDefault(a => a.Id == activityId);
            if (node?.Type == ActivityTypes.HumanTask && HumanTaskActivity.ReadSpec(node).Office is { Length: > 0 } office)
            {
                return office;
            }

            foreach (var connection in root.Connections.Where(c => c.Source.Activity == activityId))
            {
                queue.Enqueue(connection.Target.Activity);
            }
        }

        return null;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
