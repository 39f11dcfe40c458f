using Mpp.Workflows.Engine.Mail;

namespace Mpp.Workflows.Engine.Outbox;

/// <summary>What to do with a claimed mail row: send it, wait for the documents it attaches, or fail it for good.</summary>
internal abstract record MailPlan
{
    public sealed record Send(OutgoingMail Mail) : MailPlan;

    public sealed record Wait(DateTimeOffset Until, string Why) : MailPlan;

    public sealed record Fail(string Why) : MailPlan;
}
