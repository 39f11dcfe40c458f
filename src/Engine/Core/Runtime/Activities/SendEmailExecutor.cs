namespace Mpp.Workflows.Engine.Runtime;

/// <summary><c>Mpp.SendEmail</c>: queues the mail (an outbox row) and moves on.</summary>
public sealed class SendEmailExecutor() : ActivityExecutor(ActivityTypes.SendEmail)
{
    protected override void Enter(ActivityRun run, ActivityNode node, PendingToken token)
    {
        run.Effects.Emails.Add(new(node));
        run.Effects.Trace.Add(new(node.Id, AuditEvents.EmailQueued, null));
        run.Follow(node, PortNames.Done);
    }
}
