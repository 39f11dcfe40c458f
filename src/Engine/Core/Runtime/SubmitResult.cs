namespace Mpp.Workflows.Engine.Runtime;

/// <summary>What the applicant gets back at once: the registration number and the secret tracking token.</summary>
public sealed record SubmitResult(Guid Id, string RegistrationNumber, string TrackingToken, string Status, int DefinitionVersion);
