namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// A complaint as its complainant follows it (<c>GET /api/complaints/{number}?token=</c>, the tracking and follow pages): the
/// text they sent, the office it went to, the due date, the answer; no staff names and no contact details.
/// </summary>
public sealed record ComplaintPublicView(
    string Number,
    string Subject,
    string ServiceName,
    string? RegistrationNumber,
    string Office,
    string Text,
    string Status,
    DateTimeOffset FiledAt,
    DateTimeOffset? DueAt,
    bool DueIsEstimate,
    string? Answer,
    DateTimeOffset? AnsweredAt)
{
    /// <summary>Whether it was not answered by its due date (answered late, or still open past it).</summary>
    public bool Late { get; init; }

    /// <summary>The office it went on to when its due date passed unanswered (the mall's managing office); null otherwise.</summary>
    public string? EscalatedTo { get; init; }
}
