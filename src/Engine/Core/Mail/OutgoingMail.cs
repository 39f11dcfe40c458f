namespace Mpp.Workflows.Engine.Mail;

/// <summary>
/// One mail ready to deliver. <see cref="MessageId"/> is the full <c>Message-Id</c> header value, angle brackets
/// included; it is derived from the outbox row so that a retried send of the same row carries the same id and
/// receivers (and the pickup directory) can drop the duplicate. <see cref="Date"/> is when the mail was queued,
/// not when a given attempt ran, for the same reason.
/// </summary>
public sealed record OutgoingMail(
    string MessageId,
    DateTimeOffset Date,
    MailRecipient To,
    string Subject,
    string TextBody,
    string? HtmlBody,
    IReadOnlyList<MailAttachment> Attachments)
{
    /// <summary>The mail for an outbox row, with a Message-Id from <see cref="MessageIdFor"/>.</summary>
    public static OutgoingMail Create(
        Guid outboxRowId, DateTimeOffset queuedAt, MailRecipient to, MailContent content, params IReadOnlyList<MailAttachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(attachments);
        return new OutgoingMail(MessageIdFor(outboxRowId), queuedAt, to, content.Subject, content.TextBody, content.HtmlBody, attachments);
    }

    /// <summary><c>&lt;0f8fad5bd9cb469fa16570867728950e@mpp.local&gt;</c> for that outbox row id.</summary>
    public static string MessageIdFor(Guid outboxRowId) => $"<{outboxRowId:N}@mpp.local>";
}
