namespace Mpp.Workflows.Engine.Mail;

/// <summary>
/// Delivers mail. Adapters: SMTP and a pickup directory of <c>.eml</c> files (<c>Mpp.Workflows.Engine.Email</c>).
/// </summary>
public interface IMailTransport
{
    /// <summary>
    /// Delivers <paramref name="batch"/> over one connection and calls <paramref name="onResult"/> once per mail, in
    /// order, with <c>null</c> on success or the exception that stopped that mail (classify it with
    /// <see cref="IsPermanent"/>). When the connection cannot be opened, or breaks (a 421 reply
    /// included), every mail not yet reported is reported with a <see cref="MailNotAttemptedException"/> wrapping that
    /// exception. Delivery failures never escape;
    /// cancellation and exceptions thrown by <paramref name="onResult"/> do, and mails not yet reported then stay
    /// unreported.
    /// </summary>
    Task SendBatchAsync(
        IReadOnlyList<OutgoingMail> batch, Func<OutgoingMail, Exception?, Task> onResult, CancellationToken cancellationToken);

    /// <summary>
    /// Whether retrying cannot help with <paramref name="error"/>, reported by <see cref="SendBatchAsync"/>: the server
    /// refused the recipient or the message for good, or the mail itself is malformed. Everything else is retried.
    /// </summary>
    bool IsPermanent(Exception error);
}
