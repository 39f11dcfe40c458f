namespace Mpp.Workflows.Engine.Mail;

/// <summary>Values of the mail that delivers an issued permit; the signed PDF goes with it as an attachment.</summary>
public sealed record PermitMail(
    string ApplicantName,
    string RegistrationNumber,
    string ServiceName,
    string PermitNumber,
    string VerificationUrl,
    string TrackingUrl);
