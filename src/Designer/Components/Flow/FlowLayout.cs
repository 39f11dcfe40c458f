using Blazor.Diagrams.Core.Geometry;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// Positions for activities that have none: layers by distance from the start along connections (breadth first), left to
/// right within a layer. Enough to make an imported definition readable; the analyst then arranges it.
/// </summary>
public static class FlowLayout
{
    public const double ColumnWidth = 240;
    public const double RowHeight = 130;

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
}
