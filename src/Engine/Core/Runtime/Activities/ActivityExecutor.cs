namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The shared part of an executor: its catalog type and the checks of what the interpreter passes in. A subclass says only
/// what entering one of its nodes does (<see cref="Enter"/>). The registry knows executors by <see cref="IActivityExecutor"/>;
/// this class only saves them the repetition.
/// </summary>
/// <param name="type">The catalog type name, e.g. <c>Mpp.HumanTask</c>.</param>
public abstract class ActivityExecutor(string type) : IActivityExecutor
{
    public string Type { get; } = type;

    public virtual bool ReturnsToApplicant => false;

    public void Execute(ActivityRun run, ActivityNode node, PendingToken token)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(node);
        Enter(run, node, token);
    }

    /// <summary>Runs the node (<paramref name="run"/> and <paramref name="node"/> are not null): see <see cref="IActivityExecutor.Execute"/>.</summary>
    protected abstract void Enter(ActivityRun run, ActivityNode node, PendingToken token);
}
