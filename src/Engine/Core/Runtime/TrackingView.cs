namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// What an applicant sees with the tracking token: status, where the file is now and until when, and the history with
/// offices instead of staff names, and the legal clocks that run for the applicant. <see cref="ExpectedCompletion"/> is the
/// date promised on the receipt and in its mail (<see cref="ServiceDays"/> working days after submission, same calendar);
/// <see cref="RefusalReasons"/> are those printed on the refusal letter of a refused application;
/// <see cref="ExpectedCompletionIsEstimate"/>: it was counted through a year without its holiday decree
/// (<see cref="EstimateYears"/>). Once the file is complete and its statutory clock runs, <see cref="ExpectedCompletion"/> is that
/// clock's due date and <see cref="ServiceDays"/> its working days (<see cref="ExpectedFromComplete"/>).
/// </summary>
public sealed record TrackingView(
    string RegistrationNumber,
    string DefinitionId,
    string ServiceName,
    string Status,
    string? Result,
    IReadOnlyList<TrackingStepView> CurrentSteps,
    DateTimeOffset? DueAt,
    string? RevisionReasons,
    IReadOnlyList<HistoryEntryView> History,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<TrackingClockView> Clocks,
    DateOnly? ExpectedCompletion = null,
    int? ServiceDays = null,
    IReadOnlyList<string>? RefusalReasons = null,
    bool ExpectedCompletionIsEstimate = false)
{
    /// <summary>The promise counts from the day the file was declared complete (the statutory clock), not from submission.</summary>
    public bool ExpectedFromComplete { get; init; }

    /// <summary>The years without a holiday decree the promised date was counted through; empty when it is official.</summary>
    public IReadOnlyList<int> EstimateYears { get; init; } = [];
}
