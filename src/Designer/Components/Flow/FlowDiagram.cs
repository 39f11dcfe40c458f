using Blazor.Diagrams;
using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;
using Mpp.Workflows.Designer.Definitions;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>Draws a definition document on a diagram: the editor's canvas and the read-only route of an application.</summary>
public static class FlowDiagram
{
    /// <summary>
    /// Replaces what <paramref name="diagram"/> shows with <paramref name="document"/>: positions from <c>metadata.designer</c>, a
    /// layered layout for activities without one, a port per outcome. Returns the reader's error when the document is not
    /// a readable definition (its activities are still drawn, without connections).
    /// </summary>
    public static ValidationError? Draw(BlazorDiagram diagram, JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        ArgumentNullException.ThrowIfNull(document);
        diagram.Links.Remove(diagram.Links.ToList());
        diagram.Nodes.Remove(diagram.Nodes.ToList());
        WorkflowDefinition? definition = null;
        ValidationError? error = null;
        try
        {
            definition = DefinitionJsonReader.Read(document.ToJsonString());
        }
        catch (DefinitionFormatException e)
        {
            error = new ValidationError(e.Path, e.Reason);
        }

        var layout = definition is null ? new Dictionary<string, Point>() : FlowLayout.Arrange(definition.Root);
        foreach (var activity in Activities(document).OfType<JsonObject>())
        {
            var id = activity["id"]?.ToString() ?? Guid.NewGuid().ToString("N");
            var type = activity["type"]?.ToString() ?? string.Empty;
            var model = definition?.Root.Find(id);
            var position = model?.Position is { } p ? new Point(p.X, p.Y) : layout.GetValueOrDefault(id, new Point(40, 40));
            var node = diagram.Nodes.Add(new ActivityNodeModel(activity, id, type, position));
            if (model is not null && ActivityCatalog.Default.Find(type) is { } activityType)
            {
                node.SyncPorts(activityType.GetOutboundPorts(model));
            }
            else if (definition is not null)
            {
                // A step this product does not have (an Elsa Studio export's Elsa.WriteLine): its ports are the ones its
                // connections leave by, so they are drawn and saved back as they were.
                node.SyncPorts([.. definition.Root.Connections.Where(c => c.Source.Activity == id).Select(c => c.Source.Port).Distinct(StringComparer.Ordinal)]);
            }
        }

        foreach (var connection in definition?.Root.Connections ?? [])
        {
            var source = Find(diagram, connection.Source.Activity)?.OutPorts
                .FirstOrDefault(p => p.PortName.Equals(connection.Source.Port, StringComparison.OrdinalIgnoreCase));
            var target = Find(diagram, connection.Target.Activity)?.InPort;
            if (source is not null && target is not null)
            {
                diagram.Links.Add(new LinkModel(source, target));
            }
        }

        return error;
    }

    public static ActivityNodeModel? Find(BlazorDiagram diagram, string activityId)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        return diagram.Nodes.OfType<ActivityNodeModel>().FirstOrDefault(n => n.ActivityId == activityId);
    }

    /// <summary>The document's <c>root.activities</c> array, created when missing.</summary>
    public static JsonArray Activities(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = DefinitionDocuments.Find(document, "root") as JsonObject;
        if (root is null)
        {
            root = [];
            document["root"] = root;
        }

        if (DefinitionDocuments.Find(root, "activities") is not JsonArray activities)
        {
            activities = [];
            root["activities"] = activities;
        }

        return activities;
    }

    /// <summary>
    /// Writes what <paramref name="diagram"/> shows back into <paramref name="document"/>: the activities in canvas order with
    /// their positions, and the connections drawn between ports. Returns the activity nodes in that order.
    /// </summary>
    public static List<ActivityNodeModel> WriteBack(BlazorDiagram diagram, JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        ArgumentNullException.ThrowIfNull(document);
        var activities = Activities(document);
        activities.Clear();
        List<ActivityNodeModel> order = [.. diagram.Nodes.OfType<ActivityNodeModel>()];
        foreach (var node in order)
        {
            var metadata = node.Activity["metadata"] as JsonObject ?? new JsonObject();
            var designer = metadata["designer"] as JsonObject ?? new JsonObject();
            designer["position"] = new JsonObject { ["x"] = Math.Round(node.Position.X), ["y"] = Math.Round(node.Position.Y) };
            metadata["designer"] = designer;
            node.Activity["metadata"] = metadata;
            activities.Add(node.Activity);
        }

        var connections = new JsonArray();
        foreach (var (source, target) in Links(diagram))
        {
            connections.Add(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = source.Activity.ActivityId, ["port"] = source.PortName },
                ["target"] = new JsonObject { ["activity"] = target.Activity.ActivityId, ["port"] = ActivityNodeModel.InboundPort },
            });
        }

        var root = (JsonObject)DefinitionDocuments.Find(document, "root")!;
        foreach (var key in root.Select(p => p.Key).Where(k => k.Equals("connections", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            root.Remove(key);
        }

        root["connections"] = connections;
        return order;
    }

    /// <summary>A link as (outbound port, inbound port), whichever way it was drawn; null while dangling or between like ports.</summary>
    public static (ActivityPortModel Source, ActivityPortModel Target)? Ends(BaseLinkModel link)
    {
        if (link.Source is not SinglePortAnchor { Port: ActivityPortModel a } || link.Target is not SinglePortAnchor { Port: ActivityPortModel b })
        {
            return null;
        }

        return (a.IsInbound, b.IsInbound) switch
        {
            (false, true) => (a, b),
            (true, false) => (b, a),
            _ => null,
        };
    }

    /// <summary>
    /// Adds a new activity of <paramref name="descriptor"/>'s type at <paramref name="at"/>, with an id made from its name
    /// (<c>tugas-petugas</c>, <c>tugas-petugas-2</c>, …) and the type's fixed ports.
    /// </summary>
    public static ActivityNodeModel Add(BlazorDiagram diagram, ActivityDescriptor descriptor, Point at)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        ArgumentNullException.ThrowIfNull(descriptor);
        var id = StepIds.FromName(diagram, descriptor.DisplayName);
        var activity = new JsonObject { ["id"] = id, ["type"] = descriptor.Type, ["name"] = descriptor.DisplayName };
        var node = diagram.Nodes.Add(new ActivityNodeModel(activity, id, descriptor.Type, at));
        node.SyncPorts([.. descriptor.Ports.Select(p => p.Name)]);
        return node;
    }

    /// <summary>The connections leaving <paramref name="node"/>, as the property panel lists them.</summary>
    public static IReadOnlyList<PanelConnection> Outgoing(BlazorDiagram diagram, ActivityNodeModel node) =>
        [.. Links(diagram).Where(e => e.Source.Activity == node).Select(e => new PanelConnection(e.Source.PortName, e.Target.Activity.ActivityId, e.Target.Activity.Label))];

    /// <summary>Removes the connection from <paramref name="node"/>'s port to the target that <paramref name="connection"/> names.</summary>
    public static void Disconnect(BlazorDiagram diagram, ActivityNodeModel node, PanelConnection connection)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        ArgumentNullException.ThrowIfNull(connection);
        var link = diagram.Links.FirstOrDefault(l => Ends(l) is { } e && e.Source.Activity == node
            && e.Source.PortName == connection.Port && e.Target.Activity.ActivityId == connection.Target);
        if (link is not null)
        {
            diagram.Links.Remove(link);
        }
    }

    private static IEnumerable<(ActivityPortModel Source, ActivityPortModel Target)> Links(BlazorDiagram diagram) =>
        diagram.Links.Select(Ends).OfType<(ActivityPortModel Source, ActivityPortModel Target)>();
}
