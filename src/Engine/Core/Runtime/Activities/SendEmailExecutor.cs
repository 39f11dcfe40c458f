namespace Mpp.Workflows.Engine.Runtime;

/// <summary><c>Mpp.SendEmail</c>: queues the mail (an outbox row) and moves on.</summary>
public sealed class SendEmailExecutor : IActivityExecutor
{
    public string Type => ActivityTypes.SendEmail;

    public void Execute(ActivityRun run, ActivityNode node, PendingToken token)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(node);
        run.Effects.Emails.Add(new(node));
        run.Effects.Trace.Add(new(node.Id, AuditEvents.EmailQueued, null));
        run.Follow(node, PortNames.Done);
    }
}
