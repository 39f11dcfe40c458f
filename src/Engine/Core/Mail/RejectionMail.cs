namespace Mpp.Workflows.Engine.Mail;

/// <summary>Values of the mail that announces a refusal; the refusal letter goes with it as an attachment.</summary>
public sealed record RejectionMail(
    string ApplicantName,
    string RegistrationNumber,
    string ServiceName,
    IReadOnlyList<string> Reasons,
    string TrackingUrl);
