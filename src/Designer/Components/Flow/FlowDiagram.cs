using Blazor.Diagrams;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Model;
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
}
