using Mpp.Workflows.Definitions.Catalog.Activities;
using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions;

/// <summary>
/// Checks that the route's documents can be produced when the engine needs them: an approving <c>Elsa.End</c> is reached
/// only after an <c>Mpp.IssueDocument</c> of the permit on every path, and a mail attaches a permit or refusal letter only
/// where that document was issued on every path before it (the receipt is issued at submission, so it is always there).
/// </summary>
/// <remarks>
/// "Issued on every path" is a must-analysis over the flowchart: a step has the document when every step leading into it
/// has it on leaving, except a <see cref="JoinMode.WaitAll"/> join, which continues only once every branch has arrived
/// and so has it when any branch has. Loops (a return for revision) are solved as the greatest fixed point.
/// </remarks>
internal static class DocumentChecks
{
    public static void Check(FlowGraph graph, ValidationContext context, Func<int, string> activityPath)
    {
        var reachable = Reachable(graph);
        if (!reachable.Any(r => r))
        {
            return;
        }

        var permitBefore = IssuedBefore(graph, reachable, IssueDocumentActivity.Permit);
        for (var i = 0; i < graph.Activities.Count; i++)
        {
            if (reachable[i] && graph.TypeOf(i)?.Descriptor.Type == ActivityTypes.End
                && EndActivity.ReadResult(graph.Activities[i]) == EndActivity.Approved && !permitBefore[i])
            {
                context.Add(activityPath(i), ValidationCodes.ApprovedWithoutPermit,
                    $"'{graph.Activities[i].Id}' approves the application, but a path from the start reaches it without an " +
                    $"{ActivityTypes.IssueDocument} of kind {IssueDocumentActivity.Permit}: the applicant would get no permit.");
            }
        }

        var issuedBefore = new Dictionary<string, bool[]>(StringComparer.Ordinal) { [IssueDocumentActivity.Permit] = permitBefore };
        for (var i = 0; i < graph.Activities.Count; i++)
        {
            if (!reachable[i] || graph.TypeOf(i)?.Descriptor.Type != ActivityTypes.SendEmail
                || graph.Activities[i].GetObject("attachments") is not JsonArray attachments)
            {
                continue;
            }

            for (var k = 0; k < attachments.Count; k++)
            {
                var kind = InputChecks.Choose(JsonNodes.AsString(attachments[k]), IssueDocumentActivity.Kinds);
                if (kind is null or IssueDocumentActivity.Receipt)
                {
                    continue;
                }

                if (!issuedBefore.TryGetValue(kind, out var before))
                {
                    issuedBefore[kind] = before = IssuedBefore(graph, reachable, kind);
                }

                if (!before[i])
                {
                    context.Add(JsonPaths.Index(JsonPaths.Property(activityPath(i), "attachments"), k), ValidationCodes.AttachmentNotIssued,
                        $"'{graph.Activities[i].Id}' attaches the {kind}, but a path from the start reaches it without an " +
                        $"{ActivityTypes.IssueDocument} of kind {kind}: the mail would fail.", kind);
                }
            }
        }
    }

    private static bool[] Reachable(FlowGraph graph)
    {
        var reached = new bool[graph.Activities.Count];
        var pending = new Stack<int>();
        for (var i = 0; i < reached.Length; i++)
        {
            if (graph.TypeOf(i)?.Descriptor.Type == ActivityTypes.Start)
            {
                reached[i] = true;
                pending.Push(i);
            }
        }

        while (pending.TryPop(out var current))
        {
            foreach (var next in graph.Successors(current).Where(n => !reached[n]))
            {
                reached[next] = true;
                pending.Push(next);
            }
        }

        return reached;
    }

    /// <summary>For each reachable step, whether a document of <paramref name="kind"/> is surely issued before it runs.</summary>
    private static bool[] IssuedBefore(FlowGraph graph, bool[] reachable, string kind)
    {
        var count = graph.Activities.Count;
        var predecessors = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < count; i++)
        {
            if (reachable[i])
            {
                foreach (var next in graph.Successors(i))
                {
                    predecessors[next].Add(i);
                }
            }
        }

        bool Issues(int i) => graph.TypeOf(i)?.Descriptor.Type == ActivityTypes.IssueDocument
            && IssueDocumentActivity.ReadKind(graph.Activities[i]) == kind;
        bool WaitsForAll(int i) => graph.TypeOf(i)?.Descriptor.Type == ActivityTypes.FlowJoin
            && FlowJoinActivity.ReadMode(graph.Activities[i]) == JoinMode.WaitAll;

        var before = new bool[count];
        for (var i = 0; i < count; i++)
        {
            before[i] = reachable[i] && graph.TypeOf(i)?.Descriptor.Type != ActivityTypes.Start;
        }

        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < count; i++)
            {
                if (!before[i] || predecessors[i].Count == 0)
                {
                    continue;
                }

                var after = predecessors[i].Select(p => before[p] || Issues(p));
                var has = WaitsForAll(i) ? after.Any(a => a) : after.All(a => a);
                if (!has)
                {
                    before[i] = false;
                    changed = true;
                }
            }
        }

        return before;
    }
}
