namespace Mpp.Workflows.Engine.Model;

/// <summary>
/// The states of an application (instance). InProgress ⇄ AwaitingApplicant while the file travels; Faulted when an
/// expression failed (an admin retries it); Completed at an <c>Elsa.End</c>, with a <see cref="ApplicationResults"/> value.
/// </summary>
public static class ApplicationStatuses
{
    public const string InProgress = "InProgress";
    public const string AwaitingApplicant = "AwaitingApplicant";
    public const string Faulted = "Faulted";
    public const string Completed = "Completed";
}
