namespace Mpp.Workflows.Engine.Documents;

/// <summary>What a refusal letter (surat penolakan) says.</summary>
public sealed record RejectionContent(
    string LetterNumber,
    string RegistrationNumber,
    string ApplicantName,
    string ServiceName,
    IReadOnlyList<string> Reasons,
    string Place,
    DateOnly Date,
    Signatory Signer);
