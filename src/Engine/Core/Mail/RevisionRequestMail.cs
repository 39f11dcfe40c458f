namespace Mpp.Workflows.Engine.Mail;

/// <summary>Values of the mail that returns an application to the applicant for revision.</summary>
public sealed record RevisionRequestMail(
    string ApplicantName,
    string RegistrationNumber,
    string ServiceName,
    IReadOnlyList<string> Reasons,
    string ResubmitUrl);
