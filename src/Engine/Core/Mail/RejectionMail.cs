namespace Mpp.Workflows.Engine.Mail;

/// <summary>
/// Values of the mail that announces a refusal; the refusal letter goes with it as an attachment. <see cref="SurveyUrl"/>
/// invites the applicant to the satisfaction survey (null when the mail cannot carry the tracking token).
/// </summary>
public sealed record RejectionMail(
    string ApplicantName,
    string RegistrationNumber,
    string ServiceName,
    IReadOnlyList<string> Reasons,
    string TrackingUrl,
    string? SurveyUrl = null);
