namespace Mpp.Workflows.Engine.Mail;

/// <summary>A file attached to a mail, e.g. <c>("izin-503-2026-000123.pdf", "application/pdf", pdfBytes)</c>.</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
