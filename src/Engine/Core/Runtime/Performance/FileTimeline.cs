using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// One file's recorded life as the board needs it: when it ended, each stay with the applicant (from a return to the
/// resubmission, the revision's expiry or the end; still running now if none came), the statutory clock's start and days, a
/// deemed approval and the escalations. Working days are counted the way the clocks count them (<see cref="WorkingClock"/>).
/// </summary>
internal sealed class FileTimeline
{
    private readonly WorkingDayCalendar _calendar;
    private readonly TimeZoneInfo _zone;
    private readonly DateTimeOffset _now;

    public FileTimeline(
        PerformanceFileFact file, IEnumerable<PerformanceEventFact> events, WorkingDayCalendar calendar, TimeZoneInfo zone, DateTimeOffset now)
    {
        File = file;
        _calendar = calendar;
        _zone = zone;
        _now = now;
        foreach (var e in events.OrderBy(e => e.At))
        {
            switch (e.Event)
            {
                case AuditEvents.Ended when CompletedAt is null && file.Status == ApplicationStatuses.Completed:
                    CompletedAt = e.At;
                    break;
                case AuditEvents.ReturnedToApplicant when Stays.Count == 0 || Stays[^1].Until is not null:
                    Stays.Add(new ApplicantStay(e.At));
                    break;
                case AuditEvents.Resubmitted or AuditEvents.RevisionExpired when Stays.Count > 0 && Stays[^1].Until is null:
                    Stays[^1].Until = e.At;
                    break;
                case AuditEvents.DeemedApproved:
                    DeemedAt ??= e.At;
                    break;
                case AuditEvents.TaskEscalated:
                    Escalations.Add(e);
                    break;
                case AuditEvents.ClockStarted when StatutoryStart is null && StatutoryDaysOf(e.DetailsJson) is { } days:
                    StatutoryStart = e.At;
                    StatutoryDays = days;
                    break;
            }
        }

        if (CompletedAt is { } end && Stays.Count > 0 && Stays[^1].Until is null)
        {
            Stays[^1].Until = end;
        }
    }

    public PerformanceFileFact File { get; }

    public DateTimeOffset? CompletedAt { get; }

    public List<ApplicantStay> Stays { get; } = [];

    public DateTimeOffset? DeemedAt { get; }

    public List<PerformanceEventFact> Escalations { get; } = [];

    /// <summary>When the file was complete (the statutory clock started); null when it never was or its route has no statutory days.</summary>
    public DateTimeOffset? StatutoryStart { get; }

    public int? StatutoryDays { get; }

    /// <summary>Working days strictly after <paramref name="from"/>'s day up to <paramref name="to"/>'s day, never negative.</summary>
    public int WorkingDays(DateTimeOffset from, DateTimeOffset to) => Math.Max(_calendar.CountWorkingDays(from, to, _zone), 0);

    /// <summary>Working days of a stay with the applicant (to now while it lasts).</summary>
    public int DaysWithApplicant(ApplicantStay stay) => WorkingDays(stay.From, stay.Until ?? _now);

    /// <summary>
    /// Working days from <paramref name="from"/> to <paramref name="to"/> that were not with the applicant: the span's days less
    /// each stay's days within it, as a paused clock counts them (the count is additive over a split span).
    /// </summary>
    public int ActiveDays(DateTimeOffset from, DateTimeOffset to)
    {
        var days = WorkingDays(from, to);
        foreach (var stay in Stays)
        {
            var start = stay.From > from ? stay.From : from;
            var until = stay.Until ?? _now;
            var end = until < to ? until : to;
            if (end > start)
            {
                days -= WorkingDays(start, end);
            }
        }

        return Math.Max(days, 0);
    }

    /// <summary>Statutory working days used up to <paramref name="at"/>; null without a statutory clock.</summary>
    public int? StatutoryDaysUsed(DateTimeOffset at) => StatutoryStart is { } start ? ActiveDays(start, at) : null;

    public bool IsWithApplicant => Stays.Count > 0 && Stays[^1].Until is null;

    private static int? StatutoryDaysOf(string? details)
    {
        if (details is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(details) is JsonObject clock && clock["days"] is JsonValue days && days.TryGetValue<int>(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
