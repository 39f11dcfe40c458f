using Mpp.Workflows.Definitions.Catalog.Activities;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary><c>Mpp.IssueDocument</c>: requests the document (an outbox row) and moves on.</summary>
public sealed class IssueDocumentExecutor() : ActivityExecutor(ActivityTypes.IssueDocument)
{
    protected override void Enter(ActivityRun run, ActivityNode node, PendingToken token)
    {
        run.Effects.Documents.Add(new(node));
        run.Effects.Trace.Add(new(node.Id, AuditEvents.DocumentRequested, IssueDocumentActivity.ReadKind(node)));
        run.Follow(node, PortNames.Done);
    }
}
