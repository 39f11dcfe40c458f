using Mpp.Workflows.Definitions;
using Mpp.Workflows.Designer.Components.Flow;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Standards;

/// <summary>
/// Lays a route out for its service standard the way the studio shows it: each step where the analyst placed it
/// (<c>metadata.designer.position</c>), the studio's automatic layout for a step without a position, every box the studio's
/// default size, the whole moved so that it starts at <see cref="Margin"/>. Lines run between the boxes' borders, centre
/// to centre. Labels are the route's own words, so the picture is the same in every language.
/// </summary>
internal static class StandardDiagrams
{
    public const double Margin = 20;

    public static StandardDiagram Draw(Flowchart flowchart, MainPath? path, IReadOnlyList<StandardStep> steps)
    {
        if (flowchart.Activities.Count == 0)
        {
            return new StandardDiagram(0, 0, [], []);
        }

        var width = FlowPlacement.DefaultSize.Width;
        var height = FlowPlacement.DefaultSize.Height;
        var arranged = FlowLayout.Arrange(flowchart);
        var corners = flowchart.Activities
            .DistinctBy(a => a.Id)
            .ToDictionary(a => a.Id, a => a.Position is { } p ? (p.X, p.Y) : (arranged[a.Id].X, arranged[a.Id].Y), StringComparer.Ordinal);
        var left = corners.Values.Min(c => c.X) - Margin;
        var top = corners.Values.Min(c => c.Y) - Margin;
        var numbers = steps.ToDictionary(s => s.ActivityId, s => s.Number, StringComparer.Ordinal);
        var onPath = path?.ActivityIds ?? new HashSet<string>();

        var nodes = flowchart.Activities.DistinctBy(a => a.Id).Select(a => new StandardDiagramNode(
            a.Id, a.Name is { Length: > 0 } name ? name : Glossary.Words(a.Id), Shape(a.Type), corners[a.Id].X - left, corners[a.Id].Y - top,
            width, height, numbers.TryGetValue(a.Id, out var number) ? number : null, onPath.Contains(a.Id))).ToList();
        var boxes = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var edges = new List<StandardDiagramEdge>();
        foreach (var connection in flowchart.Connections)
        {
            if (boxes.GetValueOrDefault(connection.Source.Activity) is not { } from || boxes.GetValueOrDefault(connection.Target.Activity) is not { } to
                || from == to)
            {
                continue;
            }

            var (x1, y1) = Border(from, Centre(to));
            var (x2, y2) = Border(to, Centre(from));
            var main = path?.Exits.Contains((connection.Source.Activity, connection.Source.Port)) == true && onPath.Contains(to.Id);
            edges.Add(new StandardDiagramEdge(Math.Round(x1, 1), Math.Round(y1, 1), Math.Round(x2, 1), Math.Round(y2, 1), Label(connection.Source.Port), main));
        }

        return new StandardDiagram(
            nodes.Max(n => n.X + n.Width) + Margin, nodes.Max(n => n.Y + n.Height) + Margin, nodes, edges);
    }

    private static string Shape(string type) => type switch
    {
        ActivityTypes.HumanTask or ActivityTypes.ApplicantRevision => StandardDiagramNode.Shapes.Task,
        ActivityTypes.Start or ActivityTypes.End => StandardDiagramNode.Shapes.Terminal,
        ActivityTypes.FlowDecision or ActivityTypes.FlowSwitch or ActivityTypes.FlowFork or ActivityTypes.FlowJoin => StandardDiagramNode.Shapes.Branch,
        _ => StandardDiagramNode.Shapes.System,
    };

    /// <summary>A port as the line is labelled: the route's word for an outcome or branch; none for the one way on.</summary>
    private static string? Label(string port) => port switch
    {
        PortNames.Done or PortNames.Resubmitted => null,
        PortNames.True => "Ya",
        PortNames.False => "Tidak",
        PortNames.Default => "Lainnya",
        PortNames.Expired => "Kedaluwarsa",
        _ => Glossary.Words(port),
    };

    private static (double X, double Y) Centre(StandardDiagramNode node) => (node.X + (node.Width / 2), node.Y + (node.Height / 2));

    /// <summary>Where the line from <paramref name="node"/>'s centre towards <paramref name="toward"/> leaves its box.</summary>
    private static (double X, double Y) Border(StandardDiagramNode node, (double X, double Y) toward)
    {
        var (cx, cy) = Centre(node);
        var (dx, dy) = (toward.X - cx, toward.Y - cy);
        if (dx == 0 && dy == 0)
        {
            return (cx, cy);
        }

        var scale = Math.Min(dx == 0 ? double.MaxValue : node.Width / 2 / Math.Abs(dx), dy == 0 ? double.MaxValue : node.Height / 2 / Math.Abs(dy));
        return (cx + (dx * scale), cy + (dy * scale));
    }
}
