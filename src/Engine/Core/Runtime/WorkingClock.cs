using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// A legal clock counted in working days, kept in the instance's <see cref="ExecutionState"/>. The due instant is never stored
/// as the truth: it is derived from the start, the pauses and the calendar (<see cref="ComputeDue"/>), so an admin's calendar
/// change or a resubmission recomputes it the same way. Each running segment does not count the day it starts on, as a
/// step does not count its first day; a pause ends the segment at the end of the day it began.
/// </summary>
public sealed class WorkingClock
{
    public required string Kind { get; init; }

    /// <summary>Working days the clock allows.</summary>
    public required int Days { get; init; }

    /// <summary>IANA zone the days are counted in (the office's).</summary>
    public required string Zone { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required string StartedBy { get; init; }

    /// <summary>The activity that started it (the task, the revision, or the task that marked the file complete).</summary>
    public string? ActivityId { get; init; }

    /// <summary>The task of a task clock; the revision bookmark of a revision clock.</summary>
    public Guid? OwnerId { get; init; }

    /// <summary>Task clocks: working days before the due date at which reviewers are reminded.</summary>
    public int? ReminderDaysBefore { get; init; }

    /// <summary>Task clocks: <c>Escalate</c> or an outcome; statutory clocks: <c>DeemApprove</c> or <c>Notify</c>.</summary>
    public string? OnDeadline { get; init; }

    /// <summary>Task clocks: the role that also sees the task once overdue.</summary>
    public string? EscalateTo { get; init; }

    public List<ClockPause> Pauses { get; init; } = [];

    /// <summary>The current due instant; null while paused or when the calendar for the due year is missing.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>
    /// <see cref="DueAt"/> was counted through a year whose decree is not loaded (a <see cref="ProvisionalCalendar"/>): it is an
    /// estimate, and its timers wait until the official year recomputes it.
    /// </summary>
    public bool Provisional { get; set; }

    /// <summary>The pending deadline timer of the current due instant.</summary>
    public Guid? TimerId { get; set; }

    /// <summary>Why no due instant could be computed (a calendar year is missing); cleared when it can.</summary>
    public string? Problem { get; set; }

    public DateTimeOffset? ExpiredAt { get; set; }

    /// <summary>When the clock stopped for good (the application ended).</summary>
    public DateTimeOffset? StoppedAt { get; set; }

    public bool IsPaused => Pauses.Count > 0 && Pauses[^1].To is null;

    /// <summary>The due instant for <paramref name="days"/> working days (default: <see cref="Days"/>); null while paused.</summary>
    /// <exception cref="CalendarYearMissingException">The count reaches a year without a calendar.</exception>
    public DateTimeOffset? ComputeDue(WorkingDayCalendar calendar, int? days = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (IsPaused)
        {
            return null;
        }

        var zone = TimeZones.Resolve(Zone);
        var (used, segmentStart) = UsedBeforeLastSegment(calendar, zone);
        return calendar.AddWorkingDays(segmentStart, Math.Max((days ?? Days) - used, 0), zone);
    }

    /// <summary>Whole working days consumed up to <paramref name="now"/> (pauses excluded).</summary>
    /// <exception cref="CalendarYearMissingException">The count reaches a year without a calendar.</exception>
    public int WorkingDaysUsed(WorkingDayCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var zone = TimeZones.Resolve(Zone);
        var (used, segmentStart) = UsedBeforeLastSegment(calendar, zone);
        var end = StoppedAt ?? now;
        return IsPaused ? used : used + Math.Max(calendar.CountWorkingDays(segmentStart, end, zone), 0);
    }

    private (int Used, DateTimeOffset SegmentStart) UsedBeforeLastSegment(WorkingDayCalendar calendar, TimeZoneInfo zone)
    {
        var used = 0;
        var segmentStart = StartedAt;
        foreach (var pause in Pauses)
        {
            used += Math.Max(calendar.CountWorkingDays(segmentStart, pause.From, zone), 0);
            if (pause.To is not { } resumed)
            {
                break;
            }

            segmentStart = resumed;
        }

        return (used, segmentStart);
    }
}
