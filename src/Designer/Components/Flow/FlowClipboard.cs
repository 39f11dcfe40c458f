using Blazor.Diagrams;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// Copy and paste of steps with all their settings: the copy is a deep clone of the activities' JSON and of the
/// connections between them; every paste gets new ids (the first free <c>id-2</c>, <c>id-3</c>…), lands
/// <see cref="Offset"/> below right of the originals, and never on another node.
/// </summary>
public static class FlowClipboard
{
    public const double Offset = 40;

    public static ClipboardContent? Copy(BlazorDiagram diagram, IEnumerable<ActivityNodeModel> nodes)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        ArgumentNullException.ThrowIfNull(nodes);
        List<ActivityNodeModel> copied = [.. nodes];
        if (copied.Count == 0)
        {
            return null;
        }

        var steps = copied.Select(n => new ClipboardStep(
            (JsonObject)n.Activity.DeepClone(), n.ActivityId, n.Type, new Point(n.Position.X, n.Position.Y), [.. n.OutPorts.Select(p => p.PortName)])).ToList();
        var inside = copied.Select(n => n.ActivityId).ToHashSet(StringComparer.Ordinal);
        var connections = diagram.Links.Select(FlowDiagram.Ends).OfType<(ActivityPortModel Source, ActivityPortModel Target)>()
            .Where(e => inside.Contains(e.Source.Activity.ActivityId) && inside.Contains(e.Target.Activity.ActivityId))
            .Select(e => new ClipboardConnection(e.Source.Activity.ActivityId, e.Source.PortName, e.Target.Activity.ActivityId))
            .ToList();
        return new ClipboardContent(steps, connections);
    }

    /// <summary>
    /// Adds a copy of <paramref name="content"/> to <paramref name="diagram"/> and returns the new nodes. <paramref name="times"/>
    /// is how many times it was pasted before: each paste lands one <see cref="Offset"/> further.
    /// </summary>
    public static IReadOnlyList<ActivityNodeModel> Paste(BlazorDiagram diagram, ClipboardContent content, int times = 0)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        ArgumentNullException.ThrowIfNull(content);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = diagram.Nodes.OfType<ActivityNodeModel>().Select(n => n.ActivityId).ToHashSet(StringComparer.Ordinal);
        List<ActivityNodeModel> pasted = [];
        var shift = Offset * (times + 1);
        foreach (var step in content.Steps)
        {
            var id = FreeId(step.ActivityId, taken);
            taken.Add(id);
            ids[step.ActivityId] = id;
            var activity = (JsonObject)step.Activity.DeepClone();
            activity["id"] = id;
            var node = diagram.Nodes.Add(new ActivityNodeModel(activity, id, step.Type, new Point(step.Position.X + shift, step.Position.Y + shift)));
            node.SyncPorts(step.Ports);
            FlowPlacement.Separate(node, diagram.Nodes.OfType<ActivityNodeModel>());
            pasted.Add(node);
        }

        foreach (var connection in content.Connections)
        {
            var source = pasted.First(n => n.ActivityId == ids[connection.Source]).OutPorts.FirstOrDefault(p => p.PortName == connection.Port);
            var target = pasted.First(n => n.ActivityId == ids[connection.Target]).InPort;
            if (source is not null)
            {
                diagram.Links.Add(new LinkModel(source, target));
            }
        }

        return pasted;
    }

    /// <summary>The first of <c>stem-2</c>, <c>stem-3</c>… not in <paramref name="taken"/>, where the stem is <paramref name="id"/> without a number at its end.</summary>
    public static string FreeId(string id, IReadOnlySet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(taken);
        var dash = id.LastIndexOf('-');
        var stem = dash > 0 && id[(dash + 1)..] is { Length: > 0 } tail && tail.All(char.IsAsciiDigit) ? id[..dash] : id;
        var n = 2;
        while (taken.Contains($"{stem}-{n}"))
        {
            n++;
        }

        return $"{stem}-{n}";
    }
}

/// <summary>What was copied: the steps and the connections among them.</summary>
public sealed record ClipboardContent(IReadOnlyList<ClipboardStep> Steps, IReadOnlyList<ClipboardConnection> Connections);

/// <summary>A copied step: its activity JSON (a clone), id, type, position and outbound ports.</summary>
public sealed record ClipboardStep(JsonObject Activity, string ActivityId, string Type, Point Position, IReadOnlyList<string> Ports);

/// <summary>A copied connection between two copied steps.</summary>
public sealed record ClipboardConnection(string Source, string Port, string Target);
