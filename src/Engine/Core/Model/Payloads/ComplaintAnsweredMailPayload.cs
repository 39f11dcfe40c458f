namespace Mpp.Workflows.Engine.Model.Payloads;

/// <summary>The office's answer to the complainant; the answer is read from the complaint when the mail is made.</summary>
public sealed record ComplaintAnsweredMailPayload(Guid ComplaintId) : MailPayload(OutboxMailTemplates.ComplaintAnswered, Version)
{
    public const int Version = 1;
}
