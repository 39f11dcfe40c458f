namespace Mpp.Workflows.Engine.Mail;

/// <summary>Values of the reminder to a permit's holder that the permit ends soon, with the link to renew it.</summary>
public sealed record PermitExpiryMail(
    string HolderName,
    string PermitNumber,
    string ServiceName,
    DateOnly ValidUntil,
    string RenewalUrl,
    string VerificationUrl);
