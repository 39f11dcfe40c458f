namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Where one waiting point of a file lands: from <see cref="From"/> of the old version to <see cref="To"/> of the new one.
/// For an open task, <see cref="Assignee"/> is who holds it and <see cref="AssigneeKept"/> whether they keep it (the step's
/// office and role are unchanged); otherwise it goes back to the office's queue.
/// </summary>
public sealed record MigrationMove(MigrationStepRef From, MigrationStepRef To, string Kind, string? Assignee = null, bool AssigneeKept = false);
