namespace Mpp.Workflows.Designer.Documents;

/// <summary>
/// An outbox row as admins see it. The payload is summarised (document kind, mail template or subject, recipient), never
/// shown whole: the receipt rows carry the applicant's tracking token.
/// </summary>
internal sealed record OutboxRowView(
    Guid Id,
    Guid? ApplicationId,
    string Kind,
    string Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    string? LastError,
    string? Summary);
