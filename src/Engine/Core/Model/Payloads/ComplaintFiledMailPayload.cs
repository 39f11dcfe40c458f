namespace Mpp.Workflows.Engine.Model.Payloads;

/// <summary>
/// The acknowledgement to the complainant: the complaint's number, its response date and the link to follow it. The row
/// belongs to the application of a complaint about one (else to none) and names the complaint; the token of the link is
/// derived when the mail is made, so the row holds none.
/// </summary>
public sealed record ComplaintFiledMailPayload(Guid ComplaintId) : MailPayload(OutboxMailTemplates.ComplaintFiled, Version)
{
    public const int Version = 1;
}
