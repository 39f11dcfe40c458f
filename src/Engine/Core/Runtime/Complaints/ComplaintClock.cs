using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// A complaint's response clock: <see cref="ComplaintOptions.ResponseDays"/> working days from filing, counted like a task's
/// SLA (<see cref="WorkingClock"/>: the filing day does not count, the deadline falls at closing time of the last day) in the
/// responsible office's zone on the one working-day calendar. A count through a year without its decree is an estimate: its
/// timer is provisional and waits until the official year recomputes it (<see cref="RecomputeAsync"/>).
/// </summary>
public sealed class ComplaintClock(CalendarBook calendars, OfficeZones zones, IOptions<ComplaintOptions> options)
{
    private readonly ComplaintOptions _options = options.Value;

    public int ResponseDays => _options.ResponseDays;

    /// <summary>The due instant and whether it is an estimate; null when a needed year has no calendar at all.</summary>
    public async Task<(DateTimeOffset? DueAt, bool Provisional)> DueAsync(string office, DateTimeOffset filedAt, CancellationToken cancellationToken)
    {
        var clock = await ClockAsync(office, filedAt, cancellationToken).ConfigureAwait(false);
        try
        {
            var due = clock.ComputeDue(calendars.Days);
            return due is { } at ? (at, calendars.DependsOnProvisional(filedAt, at, TimeZones.Resolve(clock.Zone))) : (null, false);
        }
        catch (CalendarYearMissingException)
        {
            return (null, false);
        }
    }

    /// <summary>Working days from filing to <paramref name="answeredAt"/> (the filing day not counted, as for the due date).</summary>
    public async Task<int?> WorkingDaysAsync(string office, DateTimeOffset filedAt, DateTimeOffset answeredAt, CancellationToken cancellationToken)
    {
        var clock = await ClockAsync(office, filedAt, cancellationToken).ConfigureAwait(false);
        try
        {
            return clock.WorkingDaysUsed(calendars.Days, answeredAt);
        }
        catch (CalendarYearMissingException)
        {
            return null;
        }
    }

    /// <summary>Writes the complaint's deadline timer (none without a due instant).</summary>
    public static Task ArmAsync(IStoreSession session, ComplaintRecord complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(complaint);
        return complaint.DueAt is not { } due
            ? Task.CompletedTask
            : session.InsertTimerAsync(
                new TimerRecord(Guid.NewGuid(), null, TimerKinds.ComplaintDue, null, null, due, null, null)
                {
                    ComplaintId = complaint.Id,
                    Provisional = complaint.DueProvisional,
                },
                cancellationToken);
    }

    /// <summary>
    /// Counts an open complaint's due instant again (a calendar changed); when it moved or stopped being an estimate, replaces
    /// its timer and notes it in its trail. Returns whether it moved.
    /// </summary>
    public async Task<bool> RecomputeAsync(IStoreSession session, Guid complaintId, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(actor);
        if (await session.LockComplaintAsync(complaintId, cancellationToken).ConfigureAwait(false) is not { Status: ComplaintStatuses.Open } complaint
            || complaint.EscalatedAt is not null)
        {
            return false;
        }

        var (due, provisional) = await DueAsync(complaint.Office, complaint.FiledAt, cancellationToken).ConfigureAwait(false);
        if (due == complaint.DueAt && provisional == complaint.DueProvisional)
        {
            return false;
        }

        var moved = complaint with { DueAt = due, DueProvisional = provisional };
        await session.CancelComplaintTimersAsync(complaint.Id, now, cancellationToken).ConfigureAwait(false);
        await session.UpdateComplaintAsync(moved, cancellationToken).ConfigureAwait(false);
        await ArmAsync(session, moved, cancellationToken).ConfigureAwait(false);
        await session.AppendComplaintEventAsync(
            new ComplaintEvent(complaint.Id, now, actor.Name, ComplaintEvents.DueRecomputed,
                due is { } at ? $"Batas jawaban {StaffMail.Local(at, await zones.ZoneOfAsync(complaint.Office, cancellationToken).ConfigureAwait(false))}" : null),
            cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<WorkingClock> ClockAsync(string office, DateTimeOffset filedAt, CancellationToken cancellationToken) => new()
    {
        Kind = "Complaint",
        Days = _options.ResponseDays,
        Zone = await zones.ZoneOfAsync(office, cancellationToken).ConfigureAwait(false),
        StartedAt = filedAt,
        StartedBy = Actor.Applicant.Name,
    };
}
