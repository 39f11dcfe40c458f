namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// The facts of an issuance that do not come from the application form: numbers, date, place, signer and the
/// public verification URL the QR code points to, which carries the permit's <see cref="CheckCode"/>
/// (<see cref="DocumentCheckCode"/>), printed beside it. <see cref="ValidFrom"/> is the first day of validity when it is
/// not the issue date (a renewal continuing the previous permit, <see cref="PermitRenewals.StartOf"/>).
/// </summary>
public sealed record PermitIssue(
    string PermitNumber,
    string RegistrationNumber,
    string ServiceName,
    DateOnly IssuedOn,
    string Place,
    Signatory Signer,
    string VerificationUrl,
    string? CheckCode = null,
    DateOnly? ValidFrom = null);
