namespace Mpp.Workflows.Designer.Complaints;

/// <summary>
/// Body of <c>POST /api/complaints</c>: <see cref="Subject"/> <c>Application</c> with the application's registration number and
/// tracking token, or <c>Service</c> with the service's <see cref="DefinitionId"/>, a contact name and an e-mail or phone.
/// </summary>
internal sealed record FileComplaintRequest(
    string? Subject,
    string? Text,
    string? RegistrationNumber,
    string? TrackingToken,
    string? DefinitionId,
    string? ContactName,
    string? ContactEmail,
    string? ContactPhone)
{
    public FileComplaintCommand ToCommand(string? idempotencyKey) =>
        new(Subject?.Trim(), Text, RegistrationNumber, TrackingToken, DefinitionId, ContactName, ContactEmail, ContactPhone,
            string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey);
}
