namespace Mpp.Workflows.Engine.Persistence;

/// <summary>An application in lists; deliberately without the large JSON columns.</summary>
public sealed record InstanceSummary(
    Guid Id,
    string RegistrationNumber,
    string DefinitionId,
    int DefinitionVersion,
    string Status,
    string? Result,
    string ApplicantName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
