namespace Mpp.Workflows.Engine.Mail;

/// <summary>What a mail says, as produced by <see cref="MailTemplates"/>: the same text as plain text and as HTML.</summary>
public sealed record MailContent(string Subject, string TextBody, string HtmlBody);
