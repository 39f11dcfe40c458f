using Mpp.Workflows.Engine.Model.Payloads;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>Queues a mail to a complainant in the command's transaction; nothing is queued for a complainant who left no address.</summary>
internal static class ComplaintMails
{
    public static async Task QueueAsync(
        IStoreSession session, ComplaintRecord complaint, MailPayload payload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // An application's complaint mails its applicant; a service complaint mails the address it gave, if any.
        if (complaint.InstanceId is null && complaint.ContactEmail is null)
        {
            return;
        }

        await session.EnqueueOutboxAsync(
            new OutboxMessage(
                Guid.NewGuid(), complaint.InstanceId, payload.OutboxKind, OutboxPayloads.Write(payload), OutboxStatuses.Pending, 0, now, now, null),
            cancellationToken).ConfigureAwait(false);
    }
}
