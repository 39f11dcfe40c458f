namespace Mpp.Workflows.Bench;

/// <summary>A template stage's events in time order (instants as ticks, which ones are decisions) and the kind of each document it asked for.</summary>
internal sealed class PreparedStage
{
    public PreparedStage(RouteStage source)
    {
        Source = source;
        Events = [.. source.History.OrderBy(e => e.At).ThenBy(e => e.Sequence)];
        Ticks = [.. Events.Select(e => e.At.UtcTicks)];
        Decisions = [.. Events.Select(e => e.Event is AuditEvents.TaskCompleted or AuditEvents.Resubmitted)];
        DocumentKinds = source.Outbox
            .Where(m => m.Kind == OutboxKinds.IssueDocument)
            .ToDictionary(m => m.Id, m => JsonNode.Parse(m.PayloadJson)!["kind"]!.GetValue<string>());
    }

    public RouteStage Source { get; }

    public IReadOnlyList<AuditEvent> Events { get; }

    public long[] Ticks { get; }

    public bool[] Decisions { get; }

    public IReadOnlyDictionary<Guid, string> DocumentKinds { get; }
}
