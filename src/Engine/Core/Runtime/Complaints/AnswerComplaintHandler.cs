using Mpp.Workflows.Engine.Model.Payloads;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// An officer answers a complaint, in one transaction: the answer with who and when, the working days it took, the end of its
/// deadline timer, its trail and the answer mail. Staff of the responsible office answer, and once it escalated also staff of
/// the escalation office (403 for others); a complaint already answered is a 409.
/// </summary>
public sealed class AnswerComplaintHandler(CommandPipeline pipeline, ComplaintClock clock, ILogger<AnswerComplaintHandler> logger)
{
    public async Task<ComplaintRecord> HandleAsync(Guid complaintId, string? answer, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(answer))
        {
            throw CommandErrors.Invalid(ComplaintTexts.Invalid, new() { ["answer"] = [ComplaintTexts.AnswerRequired] });
        }

        if (ApplicationDataValidator.CheckMultiLine(answer, ComplaintTexts.AnswerLabel, FileComplaintHandler.MaxTextLength) is { } problem)
        {
            throw CommandErrors.Invalid(ComplaintTexts.Invalid, new() { ["answer"] = [problem] });
        }

        return await pipeline.RunAsync(session => AnswerWithinAsync(session, complaintId, answer.Trim(), actor, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<ComplaintRecord> AnswerWithinAsync(
        IStoreSession session, Guid complaintId, string answer, Actor actor, CancellationToken cancellationToken)
    {
        var complaint = await session.LockComplaintAsync(complaintId, cancellationToken).ConfigureAwait(false)
            ?? throw CommandErrors.NotFound("Complaint");
        if (!complaint.IsForOffice(actor.Office))
        {
            throw CommandErrors.Forbidden(
                "Not a complaint of your office", "A complaint is answered by its office, and once overdue also by the escalation office.");
        }

        if (complaint.Status != ComplaintStatuses.Open)
        {
            throw CommandErrors.Conflict("The complaint was answered already", $"Answered at {complaint.AnsweredAt:O}.");
        }

        var now = pipeline.Now;
        var days = await clock.WorkingDaysAsync(complaint.Office, complaint.FiledAt, now, cancellationToken).ConfigureAwait(false);
        var answered = complaint with
        {
            Status = ComplaintStatuses.Answered,
            Answer = answer,
            AnsweredAt = now,
            AnsweredBy = actor.Name,
            ResponseDays = days,
        };
        await session.UpdateComplaintAsync(answered, cancellationToken).ConfigureAwait(false);
        await session.CancelComplaintTimersAsync(complaint.Id, now, cancellationToken).ConfigureAwait(false);
        await session.AppendComplaintEventAsync(
            new ComplaintEvent(complaint.Id, now, actor.Name, ComplaintEvents.Answered, actor.Office), cancellationToken).ConfigureAwait(false);
        await ComplaintMails.QueueAsync(session, answered, new ComplaintAnsweredMailPayload(complaint.Id), now, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Complaint {Number} answered by {Actor} after {Days} working days", complaint.Number, actor.Name, days);
        return answered;
    }
}
