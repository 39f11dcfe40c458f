namespace Mpp.Workflows.Engine.Mail;

/// <summary>
/// Values of a mail to a complainant: the complaint's number and service, the application's registration number when it is
/// about one, the response deadline (an estimate while its year has no decree), the answer once there is one, and the link
/// that follows the complaint (the tracking page of the application, or the complaint's own page with its token).
/// </summary>
public sealed record ComplaintMail(
    string Name,
    string ComplaintNumber,
    string ServiceName,
    string? RegistrationNumber,
    DateTimeOffset? DueAt,
    bool DueIsEstimate,
    string? Answer,
    string FollowUrl);
