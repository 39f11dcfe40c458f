using MailKit.Net.Smtp;
using MimeKit;

namespace Mpp.Workflows.Engine.Email;

/// <summary>Classifies what MailKit and MimeKit throw for both transports.</summary>
public static class MailFailures
{
    /// <summary>
    /// Whether retrying cannot help: the server refused the recipient or the message with a 5xx reply, or the mail
    /// itself is malformed (an unparsable address or content type). Connection failures, timeouts, 4xx replies and
    /// a refused sender or login (fixable in configuration) are transient.
    /// </summary>
    public static bool IsPermanent(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            SmtpCommandException command => (int)command.StatusCode >= 500
                && command.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted,
            ParseException or ArgumentException => true,
            _ => false,
        };
    }
}
