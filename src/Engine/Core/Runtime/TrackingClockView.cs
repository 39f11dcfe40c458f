namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// A legal clock as the applicant sees it: the statutory period of the whole application or the time left to revise, with
/// its state (<c>Running</c>, <c>Paused</c> while the file is with the applicant, <c>Stopped</c>, <c>Expired</c>) and no
/// staff names. <see cref="DueIsEstimate"/>: the due date was counted through a year without its decree ("perkiraan").
/// </summary>
public sealed record TrackingClockView(string Kind, string Status, int Days, double? WorkingDaysLeft, DateTimeOffset? DueAt, bool DueIsEstimate);
