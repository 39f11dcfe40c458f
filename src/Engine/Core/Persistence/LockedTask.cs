namespace Mpp.Workflows.Engine.Persistence;

/// <summary>A task read under the lock of its instance (<see cref="IStoreSession.LockInstanceOfTaskAsync"/>).</summary>
public sealed record LockedTask(InstanceRecord Instance, TaskRecord Task);
