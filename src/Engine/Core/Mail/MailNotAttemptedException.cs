namespace Mpp.Workflows.Engine.Mail;

/// <summary>
/// Reported by <see cref="IMailTransport.SendBatchAsync"/> for a mail it never got to send: the mail server could not be
/// reached or signed in to, or dropped the connection before this mail's turn. The mail itself is not at fault, so it does
/// not use up an attempt; it waits in its place in the queue until the server takes mail again.
/// </summary>
public sealed class MailNotAttemptedException : Exception
{
    public MailNotAttemptedException()
    {
    }

    public MailNotAttemptedException(string message)
        : base(message)
    {
    }

    public MailNotAttemptedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The mail was not sent because of <paramref name="cause"/>, which ended or prevented the connection.</summary>
    public MailNotAttemptedException(Exception cause)
        : base($"The mail server could not take the mail: {cause?.Message}", cause)
    {
    }
}
