namespace Mpp.Workflows.Engine.Mail;

/// <summary>
/// Values of the receipt mail sent on submission. <see cref="TrackingUrl"/> is the full link, token included when there is
/// one; <see cref="TrackingToken"/> is null only for an application whose token cannot be derived (filed before tokens were).
/// </summary>
public sealed record ReceiptMail(
    string ApplicantName,
    string RegistrationNumber,
    string ServiceName,
    DateOnly ExpectedCompletion,
    string? TrackingToken,
    string TrackingUrl)
{
    /// <summary>Years without a holiday decree that <see cref="ExpectedCompletion"/> was counted through: the date is a provisional estimate.</summary>
    public IReadOnlyList<int> ProvisionalYears { get; init; } = [];
}
