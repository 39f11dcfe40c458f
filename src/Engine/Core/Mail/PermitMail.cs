namespace Mpp.Workflows.Engine.Mail;

/// <summary>
/// Values of the mail that delivers an issued permit; the signed PDF goes with it as an attachment. <see cref="SurveyUrl"/>
/// invites the applicant to the satisfaction survey (null when the mail cannot carry the tracking token).
/// </summary>
public sealed record PermitMail(
    string ApplicantName,
    string RegistrationNumber,
    string ServiceName,
    string PermitNumber,
    string VerificationUrl,
    string TrackingUrl,
    string? SurveyUrl = null);
