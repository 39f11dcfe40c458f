namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// The running clocks whose due date is an estimate (a pending provisional timer): in how many applications, and the latest
/// such due instant (null when none). What the banner of <c>/admin</c> says; for an office's inbox
/// (<see cref="IWorkflowStore.GetProvisionalTaskDueDatesAsync"/>) <see cref="Applications"/> counts that office's open tasks.
/// </summary>
public sealed record ProvisionalDueDates(int Applications, DateTimeOffset? Latest);
