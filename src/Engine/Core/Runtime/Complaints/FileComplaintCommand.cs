namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// A citizen's complaint. <see cref="Subject"/> is a <see cref="ComplaintSubjects"/> value: about an application
/// (<see cref="RegistrationNumber"/> and its <see cref="TrackingToken"/>) or about a service (<see cref="DefinitionId"/>, the
/// contact name and an e-mail address or a phone number). <see cref="Text"/> is at most <see cref="FileComplaintHandler.MaxTextLength"/> characters.
/// </summary>
public sealed record FileComplaintCommand(
    string? Subject,
    string? Text,
    string? RegistrationNumber = null,
    string? TrackingToken = null,
    string? DefinitionId = null,
    string? ContactName = null,
    string? ContactEmail = null,
    string? ContactPhone = null,
    string? IdempotencyKey = null);
