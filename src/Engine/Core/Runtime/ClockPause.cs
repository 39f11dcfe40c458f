namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// An interval in which a clock stood still because the file was with the applicant, with who caused the pause (the
/// officer who returned the file) and who ended it (the applicant resubmitting). <see cref="To"/> is null while paused.
/// </summary>
public sealed class ClockPause
{
    public required DateTimeOffset From { get; init; }

    public required string PausedBy { get; init; }

    public DateTimeOffset? To { get; set; }

    public string? ResumedBy { get; set; }
}
