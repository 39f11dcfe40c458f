namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// A complaint as staff of its offices see it (<c>GET /api/complaints</c>, the inbox): its subject with the application's
/// registration number or the complainant's contact details, its clock and its answer. <see cref="IsOverdue"/>: open past its due instant.
/// </summary>
public sealed record ComplaintView(
    Guid Id,
    string Number,
    string Subject,
    string DefinitionId,
    string ServiceName,
    Guid? ApplicationId,
    string? RegistrationNumber,
    string Office,
    string EscalationOffice,
    string Text,
    string? ContactName,
    string? ContactEmail,
    string? ContactPhone,
    string Status,
    DateTimeOffset FiledAt,
    DateTimeOffset? DueAt,
    bool DueIsEstimate,
    bool IsOverdue,
    DateTimeOffset? EscalatedAt,
    string? Answer,
    DateTimeOffset? AnsweredAt,
    string? AnsweredBy,
    int? ResponseDays);
