namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// What a refusal letter (surat penolakan) says. With a <see cref="VerificationUrl"/> the letter carries a QR code to it and
/// prints its <see cref="CheckCode"/> (<see cref="DocumentCheckCode"/>).
/// </summary>
public sealed record RejectionContent(
    string LetterNumber,
    string RegistrationNumber,
    string ApplicantName,
    string ServiceName,
    IReadOnlyList<string> Reasons,
    string Place,
    DateOnly Date,
    Signatory Signer,
    string? VerificationUrl = null,
    string? CheckCode = null);
