using MimeKit;
using MimeKit.Text;
using Mpp.Workflows.Engine.Mail;

namespace Mpp.Workflows.Engine.Email;

/// <summary>
/// Turns an <see cref="OutgoingMail"/> into a MIME message: text and HTML as multipart/alternative (text only when
/// there is no HTML), attachments as base64 parts beside it in multipart/mixed, all text in UTF-8.
/// </summary>
public static class MailComposer
{
    /// <exception cref="ParseException">An address or an attachment's content type is malformed.</exception>
    /// <exception cref="ArgumentException">The Message-Id is not of the form <c>&lt;left@right&gt;</c>.</exception>
    public static MimeMessage Compose(OutgoingMail mail, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(options);

        var message = new MimeMessage();
        try
        {
            message.From.Add(new MailboxAddress(Encoding.UTF8, options.FromName, options.From));
            message.To.Add(new MailboxAddress(Encoding.UTF8, mail.To.Name ?? "", mail.To.Address));
            message.MessageId = ParseMessageId(mail.MessageId);
            message.Date = mail.Date;
            message.Headers.Replace(HeaderId.Subject, Encoding.UTF8, mail.Subject);
            // RFC 3834: tells vacation responders and list servers not to answer an automatic mail.
            message.Headers.Add("Auto-Submitted", "auto-generated");
            message.Body = Body(mail);
            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    // MimeKit accepts nearly any text as a Message-Id; a malformed one would defeat deduplication downstream.
    private static string ParseMessageId(string messageId)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        var inner = messageId.Length > 2 && messageId[0] == '<' && messageId[^1] == '>' ? messageId[1..^1] : "";
        var at = inner.IndexOf('@', StringComparison.Ordinal);
        var wellFormed = at > 0 && at < inner.Length - 1 && inner.IndexOf('@', at + 1) < 0
            && inner.All(c => c > ' ' && c < 127 && c is not ('<' or '>' or '"' or '\\'));
        return wellFormed
            ? inner
            : throw new ArgumentException($"'{messageId}' is not a Message-Id of the form <left@right>.", nameof(messageId));
    }

    private static MimeEntity Body(OutgoingMail mail)
    {
        MimeEntity text = Text(TextFormat.Plain, mail.TextBody);
        if (mail.HtmlBody is not null)
        {
            text = new MultipartAlternative { text, Text(TextFormat.Html, mail.HtmlBody) };
        }

        if (mail.Attachments.Count == 0)
        {
            return text;
        }

        var mixed = new Multipart("mixed") { text };
        foreach (var attachment in mail.Attachments)
        {
            mixed.Add(new MimePart(ContentType.Parse(attachment.ContentType))
            {
                Content = new MimeContent(new MemoryStream(attachment.Content, writable: false)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = attachment.FileName,
            });
        }

        return mixed;
    }

    private static TextPart Text(TextFormat format, string body)
    {
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, body);
        return part;
    }
}
