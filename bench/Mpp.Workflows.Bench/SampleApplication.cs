namespace Mpp.Workflows.Bench;

/// <summary>A seeded application the measurements look up: how staff and the applicant find it, and an office involved in it.</summary>
internal sealed record SampleApplication(
    Guid Id, string Number, string Token, string Name, string Nik, string DefinitionId, string Status, DateTimeOffset SubmittedAt, string Office);
