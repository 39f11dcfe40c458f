namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// What hosts call for complaints: the two commands (<see cref="FileComplaintHandler"/>, <see cref="AnswerComplaintHandler"/>)
/// and the reads, each checking who asks: the complainant with their token, staff of the complaint's offices.
/// </summary>
public sealed class ComplaintService(
    FileComplaintHandler file,
    AnswerComplaintHandler answer,
    IWorkflowStore store,
    DefinitionProvider definitions,
    TimeProvider time)
{
    /// <summary>The most complaints one page of a staff list holds.</summary>
    public const int MaxPageSize = 200;

    /// <inheritdoc cref="FileComplaintHandler"/>
    public Task<FileComplaintResult> FileAsync(FileComplaintCommand command, CancellationToken cancellationToken) =>
        file.HandleAsync(command, cancellationToken);

    /// <inheritdoc cref="AnswerComplaintHandler"/>
    public async Task<ComplaintView> AnswerAsync(Guid complaintId, string? text, Actor actor, CancellationToken cancellationToken) =>
        await ViewAsync(await answer.HandleAsync(complaintId, text, actor, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>A complaint for the holder of its token; null for an unknown number and a wrong token alike.</summary>
    public async Task<ComplaintPublicView?> FollowAsync(string number, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(number) || number.Length > 100 || string.IsNullOrWhiteSpace(token) || token.Length > 200)
        {
            return null;
        }

        var complaint = await store.FindComplaintByNumberAsync(RegistrationNumbers.Canonical(number), cancellationToken).ConfigureAwait(false);
        return complaint is not null && TrackingTokens.Matches(token.Trim(), complaint.TokenHash)
            ? await PublicViewAsync(complaint, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>The complaints about an application, for the holder of its tracking token (empty otherwise).</summary>
    public async Task<IReadOnlyList<ComplaintPublicView>> OfApplicationAsync(string registrationNumber, string? token, CancellationToken cancellationToken)
    {
        var instance = string.IsNullOrWhiteSpace(registrationNumber) || string.IsNullOrWhiteSpace(token)
            ? null
            : await store.FindInstanceByRegistrationNumberAsync(RegistrationNumbers.Canonical(registrationNumber), cancellationToken).ConfigureAwait(false);
        if (instance is null || !TrackingTokens.Matches(token!.Trim(), instance.TrackingTokenHash))
        {
            return [];
        }

        var views = new List<ComplaintPublicView>();
        foreach (var complaint in await store.ListComplaintsOfInstanceAsync(instance.Id, cancellationToken).ConfigureAwait(false))
        {
            views.Add(await PublicViewAsync(complaint, cancellationToken).ConfigureAwait(false));
        }

        return views;
    }

    /// <summary>
    /// A page of the complaints the actor's office answers or sees escalated (an administrator: every office's), open first and the most overdue on top, with the
    /// total; <paramref name="search"/> finds one by its number, the application's number or the contact's details.
    /// </summary>
    public async Task<PagedResult<ComplaintView>> ForOfficeAsync(
        Actor actor, string? status, string? search, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        // An administrator has no office but oversees them all: every office's complaints, read-only unless one is also their office's.
        var office = actor.IsAdmin ? null : actor.Office;
        if (!actor.IsAdmin && office is not { Length: > 0 })
        {
            return new PagedResult<ComplaintView>([], page, pageSize, 0);
        }

        var found = await store.ListComplaintsForOfficeAsync(
            new ComplaintQuery(office, status, string.IsNullOrWhiteSpace(search) ? null : search.Trim(), page, pageSize), cancellationToken).ConfigureAwait(false);
        var views = new List<ComplaintView>();
        foreach (var complaint in found.Items)
        {
            views.Add(await ViewAsync(complaint, cancellationToken).ConfigureAwait(false));
        }

        return new PagedResult<ComplaintView>(views, page, pageSize, found.Total);
    }

    /// <summary>One complaint for staff of its offices and administrators; null when unknown or not the actor's office's.</summary>
    public async Task<ComplaintView?> GetAsync(Guid id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var complaint = await store.GetComplaintAsync(id, cancellationToken).ConfigureAwait(false);
        return complaint is not null && (actor.IsAdmin || complaint.IsForOffice(actor.Office)) ? await ViewAsync(complaint, cancellationToken).ConfigureAwait(false) : null;
    }

    private async Task<ComplaintView> ViewAsync(ComplaintRecord c, CancellationToken cancellationToken)
    {
        var number = c.InstanceId is { } instanceId
            ? (await store.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false))?.RegistrationNumber
            : null;
        return new ComplaintView(
            c.Id, c.Number, c.Subject, c.DefinitionId, await ServiceNameAsync(c.DefinitionId, cancellationToken).ConfigureAwait(false), c.InstanceId,
            number, c.Office, c.EscalationOffice, c.Text, c.ContactName, c.ContactEmail, c.ContactPhone, c.Status, c.FiledAt, c.DueAt, c.DueProvisional,
            c.Status == ComplaintStatuses.Open && c.DueAt < time.GetUtcNow(), c.EscalatedAt, c.Answer, c.AnsweredAt, c.AnsweredBy, c.ResponseDays);
    }

    private async Task<ComplaintPublicView> PublicViewAsync(ComplaintRecord c, CancellationToken cancellationToken)
    {
        var number = c.InstanceId is { } instanceId
            ? (await store.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false))?.RegistrationNumber
            : null;
        return new ComplaintPublicView(
            c.Number, c.Subject, await ServiceNameAsync(c.DefinitionId, cancellationToken).ConfigureAwait(false), number, c.Office, c.Text, c.Status,
            c.FiledAt, c.DueAt, c.DueProvisional, c.Answer, c.AnsweredAt)
        {
            Late = c.DueAt is { } due && (c.AnsweredAt ?? time.GetUtcNow()) > due,
            EscalatedTo = c.EscalatedAt is not null && !string.Equals(c.EscalationOffice, c.Office, StringComparison.OrdinalIgnoreCase)
                ? c.EscalationOffice
                : null,
        };
    }

    private async Task<string> ServiceNameAsync(string definitionId, CancellationToken cancellationToken) =>
        (await definitions.GetPublishedAsync(definitionId, cancellationToken).ConfigureAwait(false))?.Name ?? definitionId;
}
