namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// A filed complaint: its number, its response deadline (an estimate while a year it counts through has no decree) and, for
/// a complaint about a service, the token that follows it (a complaint about an application is followed with the
/// application's own tracking token, so none is handed out); whether an acknowledgement is mailed (none without an address,
/// nor past <see cref="ComplaintOptions.AcknowledgementsPerAddressPerDay"/>).
/// </summary>
public sealed record FileComplaintResult(
    Guid Id,
    string Number,
    string Subject,
    string Office,
    DateTimeOffset? DueAt,
    bool DueIsEstimate,
    string? FollowToken,
    bool Acknowledged);
