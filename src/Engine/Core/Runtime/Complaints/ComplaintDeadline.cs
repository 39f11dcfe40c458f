namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The hook of <see cref="TimerKinds.ComplaintDue"/>: a complaint still open at its due instant escalates. It is marked
/// escalated (the escalation office's inbox shows it from then on, beside the responsible office's, which keeps it) and the
/// trail says so. Runs inside the transaction that marked the timer fired, so a second fire changes nothing.
/// </summary>
public sealed class ComplaintDeadline(ILogger<ComplaintDeadline> logger)
{
    public async Task<bool> FireAsync(IStoreSession session, TimerRecord timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.ComplaintId is not { } complaintId
            || await session.LockComplaintAsync(complaintId, cancellationToken).ConfigureAwait(false) is not { Status: ComplaintStatuses.Open, EscalatedAt: null } complaint
            || !await session.MarkTimerFiredAsync(timer.Id, now, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await session.UpdateComplaintAsync(complaint with { EscalatedAt = now }, cancellationToken).ConfigureAwait(false);
        await session.AppendComplaintEventAsync(
            new ComplaintEvent(complaint.Id, now, Actor.System.Name, ComplaintEvents.Escalated,
                $"Belum dijawab dalam batas waktu; diteruskan juga ke {complaint.EscalationOffice}"),
            cancellationToken).ConfigureAwait(false);
        logger.LogWarning("Complaint {Number} of {Office} is overdue and escalated to {EscalationOffice}",
            complaint.Number, complaint.Office, complaint.EscalationOffice);
        return true;
    }
}
