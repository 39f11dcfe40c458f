namespace Mpp.Workflows.Engine.Model;

/// <summary>Why a running file cannot move to the newer route version (a migration's preview and result name one per file).</summary>
public static class MigrationReasons
{
    /// <summary>The file has ended; nothing is left to move.</summary>
    public const string Finished = "Finished";

    /// <summary>The file is faulted; an administrator retries it first.</summary>
    public const string Faulted = "Faulted";

    /// <summary>The file waits at a step that has no counterpart in the new version and no step was chosen for it.</summary>
    public const string NoCounterpart = "NoCounterpart";

    /// <summary>The step with the same id in the new version is of another kind (a task became a delay, …).</summary>
    public const string KindChanged = "KindChanged";

    /// <summary>Parallel branches wait at a join whose arrivals cannot be placed in the new version, or two branches land on one step.</summary>
    public const string ParallelBranches = "ParallelBranches";

    /// <summary>The file changed after the preview (a decision, a resubmission): it is not moved on an outdated plan.</summary>
    public const string ChangedMeanwhile = "ChangedMeanwhile";

    /// <summary>The file no longer runs on the version migrated from (moved already).</summary>
    public const string NotOnVersion = "NotOnVersion";

    /// <summary>No application of the route has the id given (one of another route is answered the same way).</summary>
    public const string Unknown = "Unknown";
}
