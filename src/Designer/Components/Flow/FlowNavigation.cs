using Blazor.Diagrams;
using Blazor.Diagrams.Core.Geometry;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// Moving the view and the selection: fit the whole route, centre a step, and the step an arrow key leads to.
/// A point <c>p</c> of the route shows at <c>p × zoom + pan</c> in the canvas.
/// </summary>
public static class FlowNavigation
{
    /// <summary>Zoom and pan that show <paramref name="bounds"/> whole and centred in a canvas of <paramref name="view"/>.</summary>
    public static (double Zoom, Point Pan) Fit(Rectangle bounds, Size view, double margin, double minZoom, double maxZoom)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        ArgumentNullException.ThrowIfNull(view);
        var zoom = Math.Min((view.Width - (2 * margin)) / Math.Max(1, bounds.Width), (view.Height - (2 * margin)) / Math.Max(1, bounds.Height));
        zoom = Math.Clamp(zoom, minZoom, Math.Max(minZoom, maxZoom));
        return (zoom, Centre(bounds.Center, view, zoom));
    }

    /// <summary>The pan that puts <paramref name="point"/> in the middle of <paramref name="view"/> at <paramref name="zoom"/>.</summary>
    public static Point Centre(Point point, Size view, double zoom)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(view);
        return new Point((view.Width / 2) - (point.X * zoom), (view.Height / 2) - (point.Y * zoom));
    }

    /// <summary>The smallest rectangle around all <paramref name="nodes"/>, or null when there are none.</summary>
    public static Rectangle? Bounds(IEnumerable<ActivityNodeModel> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        List<Rectangle> boxes = [.. nodes.Select(FlowPlacement.Bounds)];
        return boxes.Count == 0
            ? null
            : new Rectangle(boxes.Min(b => b.Left), boxes.Min(b => b.Top), boxes.Max(b => b.Right), boxes.Max(b => b.Bottom));
    }

    /// <summary>Shows the whole route in the canvas (the library's own fit zooms to the selection instead).</summary>
    public static void FitAll(BlazorDiagram diagram, double margin = 40)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        if (diagram.Container is not { Width: > 0, Height: > 0 } container || Bounds(diagram.Nodes.OfType<ActivityNodeModel>()) is not { } bounds)
        {
            return;
        }

        var (zoom, pan) = Fit(bounds, new Size(container.Width, container.Height), margin, diagram.Options.Zoom.Minimum, 1);
        diagram.SetZoom(zoom);
        diagram.SetPan(pan.X, pan.Y);
    }

    /// <summary>Pans so <paramref name="node"/> is in the middle of the canvas, at the zoom the analyst chose.</summary>
    public static void CentreOn(BlazorDiagram diagram, ActivityNodeModel node)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        ArgumentNullException.ThrowIfNull(node);
        if (diagram.Container is { Width: > 0, Height: > 0 } container)
        {
            var pan = Centre(FlowPlacement.Bounds(node).Center, new Size(container.Width, container.Height), diagram.Zoom);
            diagram.SetPan(pan.X, pan.Y);
        }
    }

    /// <summary>
    /// The step an arrow key leads to from <paramref name="current"/>: the nearest whose centre lies in that direction
    /// (within 45° of it), a step straight ahead counting closer than one off to the side. Null when there is none.
    /// </summary>
    public static ActivityNodeModel? Next(IEnumerable<ActivityNodeModel> nodes, ActivityNodeModel current, int dx, int dy)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(current);
        var from = FlowPlacement.Bounds(current).Center;
        return nodes.Where(n => n != current)
            .Select(n => (Node: n, At: FlowPlacement.Bounds(n).Center))
            .Select(c => (c.Node, Ahead: ((c.At.X - from.X) * dx) + ((c.At.Y - from.Y) * dy), Aside: Math.Abs(((c.At.X - from.X) * dy) - ((c.At.Y - from.Y) * dx))))
            .Where(c => c.Ahead > 0 && c.Aside <= c.Ahead)
            .OrderBy(c => c.Ahead + (2 * c.Aside))
            .Select(c => c.Node)
            .FirstOrDefault();
    }
}
