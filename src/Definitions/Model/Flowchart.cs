namespace Mpp.Workflows.Definitions.Model;

/// <summary>
/// The root activity of a definition (<c>Elsa.Flowchart</c>): activities and the connections between their ports.
/// </summary>
/// <example><c>{ "type": "Elsa.Flowchart", "id": "flow", "activities": [ … ], "connections": [ … ] }</c></example>
public sealed record Flowchart(string Id, IReadOnlyList<ActivityNode> Activities, IReadOnlyList<Connection> Connections)
{
    /// <summary>The type name Elsa gives the root.</summary>
    public const string TypeName = "Elsa.Flowchart";

    /// <summary>Finds an activity by id (ordinal), or null.</summary>
    public ActivityNode? Find(string activityId) => Activities.FirstOrDefault(a => a.Id == activityId);

    /// <summary>The connections leaving <paramref name="activityId"/> through <paramref name="port"/> (case-insensitive port).</summary>
    public IEnumerable<Connection> Outbound(string activityId, string port) =>
        Connections.Where(c => c.Source.Activity == activityId && string.Equals(c.Source.Port, port, StringComparison.OrdinalIgnoreCase));

    /// <summary>The connections entering <paramref name="activityId"/>.</summary>
    public IEnumerable<Connection> Inbound(string activityId) => Connections.Where(c => c.Target.Activity == activityId);
}
