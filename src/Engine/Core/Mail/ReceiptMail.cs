namespace Mpp.Workflows.Engine.Mail;

/// <summary>Values of the receipt mail sent on submission. <see cref="TrackingUrl"/> is the full link, token included.</summary>
public sealed record ReceiptMail(
    string ApplicantName,
    string RegistrationNumber,
    string ServiceName,
    DateOnly ExpectedCompletion,
    string TrackingToken,
    string TrackingUrl);
