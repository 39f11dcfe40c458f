namespace Mpp.Workflows.Definitions;

/// <summary>One step of a <see cref="MainPath"/>.</summary>
/// <param name="Activity">The task, document or mail step.</param>
/// <param name="Outcome">The outcome a task leaves by on the path; null for a step that is not a task.</param>
/// <param name="Days">The task's deadline in working days; 0 for a task without one and for a step that is not a task.</param>
/// <param name="Fork">The fork whose branch the step runs in, at the same time as the other branches; null on the main line.</param>
public sealed record MainPathStep(ActivityNode Activity, string? Outcome, int Days, string? Fork)
{
    /// <summary>
    /// The working days the deadlines of the steps after this one add up to, to the approving end (a fork counts its longest
    /// branch); null for a step inside a fork's branch, whose rest depends on the other branches.
    /// </summary>
    public int? DaysAfter { get; init; }
}
