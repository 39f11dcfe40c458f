namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The engine side of one activity type (the definition side is its descriptor in the catalog): what the interpreter does
/// when a token enters a node of this type. Executors are stateless and do no I/O; an activity that waits on timers also
/// implements <see cref="ITimerHook"/> for what happens when they fire.
/// </summary>
public interface IActivityExecutor
{
    /// <summary>The catalog type name, e.g. <c>Mpp.HumanTask</c>.</summary>
    string Type { get; }

    /// <summary>Whether entering this activity hands the file back to the applicant (the statutory clock does not start then).</summary>
    bool ReturnsToApplicant => false;

    /// <summary>Runs the node: records effects, moves tokens on (<see cref="ActivityRun.Follow"/>) or leaves a bookmark to wait.</summary>
    void Execute(ActivityRun run, ActivityNode node, PendingToken token);
}
