namespace Mpp.Workflows.Engine.Persistence;

/// <summary>One application as the performance board reads it: its service and route version, state and submission instant.</summary>
public sealed record PerformanceFileFact(
    Guid Id, string RegistrationNumber, string DefinitionId, string Status, string? Result, DateTimeOffset SubmittedAt, int DefinitionVersion);
