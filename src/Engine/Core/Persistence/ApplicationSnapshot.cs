namespace Mpp.Workflows.Engine.Persistence;

/// <summary>What the application view shows, read together (<see cref="IWorkflowStore.GetApplicationSnapshotAsync"/>).</summary>
public sealed record ApplicationSnapshot(InstanceRecord Instance, IReadOnlyList<TaskRecord> Tasks, IReadOnlyList<AuditEvent> History);
