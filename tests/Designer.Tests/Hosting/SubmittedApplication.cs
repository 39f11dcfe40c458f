namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>What an applicant keeps after submitting.</summary>
public sealed record SubmittedApplication(Guid Id, string RegistrationNumber, string TrackingToken, int DefinitionVersion);
