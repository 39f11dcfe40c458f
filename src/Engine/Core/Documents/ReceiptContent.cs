namespace Mpp.Workflows.Engine.Documents;

/// <summary>What the receipt (tanda terima) given on submission says.</summary>
public sealed record ReceiptContent(
    string RegistrationNumber,
    DateTimeOffset SubmittedAt,
    string ApplicantName,
    string ApplicantNik,
    string ApplicantEmail,
    string ServiceName,
    IReadOnlyList<string> SubmittedRequirements,
    DateOnly ExpectedCompletion,
    string TrackingUrl,
    string TrackingToken);
