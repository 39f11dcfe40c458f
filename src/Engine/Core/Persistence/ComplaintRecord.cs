namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// A complaint (pengaduan) as stored. <see cref="InstanceId"/> is set for a complaint about an application, and the contact
/// details for one about a service; <see cref="DefinitionId"/> names the service either way. <see cref="Office"/> answers it;
/// once <see cref="EscalatedAt"/> is set <see cref="EscalationOffice"/> sees it too. <see cref="TokenHash"/> is the SHA-256
/// of the secret that follows it. <see cref="DueAt"/> is null only while the calendar cannot count it;
/// <see cref="ResponseDays"/> are the working days from filing to the answer.
/// </summary>
public sealed record ComplaintRecord(
    Guid Id,
    string Number,
    string Subject,
    Guid? InstanceId,
    string DefinitionId,
    string Office,
    string EscalationOffice,
    string Text,
    string? ContactName,
    string? ContactEmail,
    string? ContactPhone,
    string TokenHash,
    string Status,
    DateTimeOffset FiledAt,
    DateTimeOffset? DueAt,
    bool DueProvisional,
    DateTimeOffset? EscalatedAt,
    string? Answer,
    DateTimeOffset? AnsweredAt,
    string? AnsweredBy,
    int? ResponseDays)
{
    /// <summary>Whether <paramref name="office"/> may see and answer it: the responsible office, or the escalation office once escalated.</summary>
    public bool IsForOffice(string? office) =>
        office is not null
        && (string.Equals(office, Office, StringComparison.OrdinalIgnoreCase)
            || (EscalatedAt is not null && string.Equals(office, EscalationOffice, StringComparison.OrdinalIgnoreCase)));
}
