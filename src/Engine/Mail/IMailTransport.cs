namespace Mpp.Workflows.Engine.Mail;

/// <summary>
/// Delivers mail: over SMTP (<see cref="SmtpMailTransport"/>) or into a directory
/// (<see cref="PickupDirectoryMailTransport"/>).
/// </summary>
public interface IMailTransport
{
    /// <summary>
    /// Delivers <paramref name="batch"/> over one connection and calls <paramref name="onResult"/> once per mail, in
    /// order, with <c>null</c> on success or the exception that stopped that mail (classify it with
    /// <see cref="RetryPolicy.IsPermanent"/>). When the connection cannot be opened, or breaks (a 421 reply
    /// included), every mail not yet reported is reported with that exception. Delivery failures never escape;
    /// cancellation and exceptions thrown by <paramref name="onResult"/> do, and mails not yet reported then stay
    /// unreported.
    /// </summary>
    Task SendBatchAsync(
        IReadOnlyList<OutgoingMail> batch, Func<OutgoingMail, Exception?, Task> onResult, CancellationToken cancellationToken);
}
