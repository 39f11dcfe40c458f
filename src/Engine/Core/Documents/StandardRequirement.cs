namespace Mpp.Workflows.Engine.Documents;

/// <summary>A requirement of a service standard: a document uploaded with the form (<see cref="UploadField"/>) or brought to the counter.</summary>
/// <param name="Name">The document as the applicant knows it.</param>
/// <param name="UploadField">The label of the form's file field that takes it; null when it is brought to the counter.</param>
/// <param name="Bring">What to bring (originals, copies); null when the route says nothing more.</param>
public sealed record StandardRequirement(string Name, string? UploadField, string? Bring);
