using Mpp.Workflows.Engine.Mail;
using Mpp.Workflows.Engine.Observability;

namespace Mpp.Workflows.Designer.Observability;

/// <summary>
/// The configured mail transport, counting each mail it delivered or could not deliver (<see cref="EngineTelemetry.MailSent"/>,
/// <see cref="EngineTelemetry.MailFailures"/>): every result passes through <see cref="IMailTransport.SendBatchAsync"/>'s
/// callback, so the outbox dispatcher needs no change to be measured.
/// </summary>
internal sealed class MeteredMailTransport(IMailTransport inner) : IMailTransport
{
    public Task SendBatchAsync(IReadOnlyList<OutgoingMail> batch, Func<OutgoingMail, Exception?, Task> onResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onResult);
        return inner.SendBatchAsync(
            batch,
            (mail, error) =>
            {
                EngineTelemetry.RecordMail(error, error is not null && inner.IsPermanent(error));
                return onResult(mail, error);
            },
            cancellationToken);
    }

    public bool IsPermanent(Exception error) => inner.IsPermanent(error);
}
