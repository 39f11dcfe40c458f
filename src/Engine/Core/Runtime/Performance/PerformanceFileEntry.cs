namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// A file behind a figure, for staff: the application, the step (office rows), the instant that put it in the figure and,
/// where the figure measures time, its working days.
/// </summary>
public sealed record PerformanceFileEntry(
    Guid ApplicationId, string RegistrationNumber, string DefinitionId, string? Office, string? Step, DateTimeOffset At, int? Days);
