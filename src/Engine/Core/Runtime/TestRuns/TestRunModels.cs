namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// What a studio test run starts from: the applicant's form data, when the application is filed, and the outcomes chosen so
/// far, in the order the steps are reached. Nothing of it is stored by the engine.
/// </summary>
public sealed record TestRunInput(JsonObject Data, DateTimeOffset SubmittedAt, IReadOnlyList<TestRunChoice> Choices);

/// <summary>
/// The outcome of one step when the run reaches it: a task's outcome, <c>Resubmitted</c> or <c>Expired</c> for a return to
/// the applicant. <paramref name="Days"/> are the working days the step takes (default: the task's SLA, the applicant's
/// <see cref="RouteSimulator.DefaultCorrectionDays"/>, the revision's expiry).
/// </summary>
public sealed record TestRunChoice(string Step, string Outcome, int? Days = null);

/// <summary>How a test run stands: ended with a result, waiting for the next choice, or faulted.</summary>
public static class TestRunStatuses
{
    public const string Ended = "Ended";
    public const string Waiting = "Waiting";
    public const string Faulted = "Faulted";
}

/// <summary>Why a test run stopped without an end, as codes the studio words for the analyst.</summary>
public static class TestRunFaults
{
    /// <summary>The route has no <c>Elsa.Start</c>.</summary>
    public const string NoStart = "NoStart";

    /// <summary>Nothing waits and the route did not end: a path leads nowhere.</summary>
    public const string Stuck = "Stuck";

    /// <summary>More than <see cref="RouteSimulator.MaxEvents"/> waits were decided.</summary>
    public const string TooLong = "TooLong";
}

/// <summary>What a step on the timeline is.</summary>
public static class TestRunStepKinds
{
    /// <summary>A person's task in an office's inbox.</summary>
    public const string Task = "Task";

    /// <summary>The file is with the applicant.</summary>
    public const string Revision = "Revision";

    /// <summary>A durable timer.</summary>
    public const string Timer = "Timer";

    /// <summary>Anything that takes no time: start, decision, fork, join, document, mail, end.</summary>
    public const string Instant = "Instant";
}

/// <summary>
/// The result of a test run: the steps in the order they were reached with their days and dates, the connections followed,
/// the statutory clock, and either the end, the step waiting for a choice, or the fault.
/// </summary>
public sealed record TestRunResult(
    string Status,
    string? Result,
    IReadOnlyList<TestRunStep> Steps,
    IReadOnlyList<TestRunLink> Links,
    TestRunWait? Waiting,
    TestRunStatutory? Statutory,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? EndedAt,
    int TotalWorkingDays,
    string? FaultStep,
    string? Fault)
{
    /// <summary>The path as <c>step:outcome</c> of every decided step, then the result: what a saved run compares.</summary>
    public IReadOnlyList<string> Path =>
    [
        .. Steps.Where(s => s.Outcome is not null).OrderBy(s => s.EndedAt).ThenBy(s => s.Index).Select(s => $"{s.ActivityId}:{s.Outcome}"),
        Status == TestRunStatuses.Ended ? $"={Result}" : $"?{Waiting?.ActivityId ?? FaultStep}",
    ];
}

/// <summary>
/// One step the run entered. Waits (tasks, returns to the applicant, timers) take <see cref="Days"/> working days from
/// <see cref="StartedAt"/> to <see cref="EndedAt"/>; other steps take none. <see cref="Cancelled"/>: abandoned when another
/// branch ended the wait (a WaitAny join, an end). The statutory figures are those when the step ended.
/// </summary>
public sealed record TestRunStep(
    int Index,
    string ActivityId,
    string Type,
    string Kind,
    string? Name,
    string? Office,
    string? Role,
    string? FromActivityId,
    string? Outcome,
    int Days,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    bool Cancelled,
    int? StatutoryDaysUsed,
    bool StatutoryPaused);

/// <summary>A connection the run followed, in the order it was followed, into the step numbered <paramref name="StepIndex"/>.</summary>
public sealed record TestRunLink(int Index, string From, string To, int StepIndex);

/// <summary>The step the run waits at, its possible outcomes, and the working days it takes unless told otherwise.</summary>
public sealed record TestRunWait(
    string ActivityId, string Kind, string? Name, string? Office, IReadOnlyList<string> Outcomes, int DefaultDays, DateTimeOffset OpenedAt);

/// <summary>
/// The statutory clock of the run: the days the law allows, when the file became complete, the days used (pauses while the
/// file was with the applicant excluded), the due date, and whether the run went past it.
/// </summary>
public sealed record TestRunStatutory(
    int Days,
    string? OnDeadline,
    DateTimeOffset? StartedAt,
    DateTimeOffset? DueAt,
    int DaysUsed,
    bool Exceeded,
    bool Paused,
    IReadOnlyList<ClockPause> Pauses);
