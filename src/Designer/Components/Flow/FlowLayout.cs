using Blazor.Diagrams.Core.Geometry;
using GraphShape.Algorithms.Layout;
using QuikGraph;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// Where activities go on the canvas. <see cref="Arrange"/> places activities that have no position when a document is
/// drawn (layers by distance from the start, cheap enough for any route); <see cref="Layered"/> is the analyst's
/// "Rapikan tata letak": a Sugiyama layering (GraphShape) of the whole route, top to bottom as the ports run, with the
/// crossings minimised and every node at least <see cref="Gap"/> from the next.
/// </summary>
public static class FlowLayout
{
    public const double ColumnWidth = 240;
    public const double RowHeight = 130;

    /// <summary>The space between two nodes of a layer and between two layers in <see cref="Layered"/>.</summary>
    public const double Gap = 60;

    /// <summary>Where the top-left node of a <see cref="Layered"/> layout goes.</summary>
    public const double Margin = 40;

    public static IReadOnlyDictionary<string, Point> Arrange(Flowchart flowchart)
    {
        ArgumentNullException.ThrowIfNull(flowchart);
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var start in flowchart.Activities.Where(a => !flowchart.Inbound(a.Id).Any()))
        {
            depth[start.Id] = 0;
            queue.Enqueue(start.Id);
        }

        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            foreach (var next in flowchart.Connections.Where(c => c.Source.Activity == id).Select(c => c.Target.Activity))
            {
                if (!depth.ContainsKey(next))
                {
                    depth[next] = depth[id] + 1;
                    queue.Enqueue(next);
                }
            }
        }

        // Activities in a cycle without an entry, or unconnected, go below the rest.
        var last = depth.Count == 0 ? 0 : depth.Values.Max() + 1;
        foreach (var activity in flowchart.Activities.Where(a => !depth.ContainsKey(a.Id)))
        {
            depth[activity.Id] = last;
        }

        var positions = new Dictionary<string, Point>(StringComparer.Ordinal);
        foreach (var layer in flowchart.Activities.GroupBy(a => depth[a.Id]))
        {
            var column = 0;
            foreach (var activity in layer)
            {
                positions[activity.Id] = new Point(40 + (column++ * ColumnWidth), 40 + (layer.Key * RowHeight));
            }
        }

        return positions;
    }

    /// <summary>
    /// Top-left positions for <paramref name="nodes"/> in layers along <paramref name="edges"/> (source above target; a
    /// connection back up, such as a return to the applicant, is reversed for the layering only). Unconnected nodes go in
    /// a row below the rest. The same graph always gets the same layout.
    /// </summary>
    public static IReadOnlyDictionary<string, Point> Layered(IReadOnlyList<LayoutNode> nodes, IEnumerable<(string Source, string Target)> edges)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        var sizes = nodes.ToDictionary(n => n.Id, n => new GraphShape.Size(n.Width, n.Height), StringComparer.Ordinal);
        var graph = new BidirectionalGraph<string, Edge<string>>(allowParallelEdges: false);
        var links = edges.Where(e => e.Source != e.Target && sizes.ContainsKey(e.Source) && sizes.ContainsKey(e.Target)).Distinct().ToList();
        var connected = links.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);
        graph.AddVertexRange(nodes.Select(n => n.Id).Where(connected.Contains));
        graph.AddEdgeRange(links.Select(e => new Edge<string>(e.Source, e.Target)));

        var positions = new Dictionary<string, Point>(StringComparer.Ordinal);
        var bottom = Margin;
        if (graph.VertexCount > 0)
        {
            var parameters = new SugiyamaLayoutParameters
            {
                Direction = LayoutDirection.TopToBottom,
                LayerGap = Gap,
                SliceGap = Gap,
                EdgeRouting = SugiyamaEdgeRouting.Traditional,
                MinimizeEdgeLength = true,
            };
            var algorithm = new SugiyamaLayoutAlgorithm<string, Edge<string>, BidirectionalGraph<string, Edge<string>>>(
                graph, new Dictionary<string, GraphShape.Point>(), sizes, parameters);
            algorithm.Compute();

            // GraphShape gives centres; the canvas wants top-left corners, the whole layout starting at the margin.
            var corners = algorithm.VerticesPositions.ToDictionary(
                p => p.Key, p => (X: p.Value.X - (sizes[p.Key].Width / 2), Y: p.Value.Y - (sizes[p.Key].Height / 2)), StringComparer.Ordinal);
            var left = corners.Values.Min(c => c.X);
            var top = corners.Values.Min(c => c.Y);
            foreach (var (id, corner) in corners)
            {
                var position = new Point(Math.Round(corner.X - left + Margin), Math.Round(corner.Y - top + Margin));
                positions[id] = position;
                bottom = Math.Max(bottom, position.Y + sizes[id].Height + Gap);
            }
        }

        var x = Margin;
        foreach (var node in nodes.Where(n => !connected.Contains(n.Id)))
        {
            positions[node.Id] = new Point(x, bottom);
            x += node.Width + Gap;
        }

        return positions;
    }
}

/// <summary>A node to lay out: its activity id and its size on the canvas.</summary>
public sealed record LayoutNode(string Id, double Width, double Height);
