namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// What the receipt (tanda terima) given on submission says. It is stored and staff can download it, so it does not carry the
/// applicant's tracking token: <see cref="TrackingUrl"/> is the tracking page of the registration number, which asks for it.
/// <see cref="ExpectedCompletion"/> counts the route's service time in working days from submission.
/// </summary>
public sealed record ReceiptContent(
    string RegistrationNumber,
    DateTimeOffset SubmittedAt,
    string ApplicantName,
    string ApplicantNik,
    string ApplicantEmail,
    string ServiceName,
    IReadOnlyList<string> SubmittedRequirements,
    DateOnly ExpectedCompletion,
    string TrackingUrl)
{
    /// <summary>Years without a holiday decree <see cref="ExpectedCompletion"/> was counted through: the date is provisional.</summary>
    public IReadOnlyList<int> ProvisionalYears { get; init; } = [];
}
