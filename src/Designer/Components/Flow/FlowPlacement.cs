using Blazor.Diagrams.Core.Geometry;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// Keeps nodes apart: a node dropped, pasted or moved onto another goes to the nearest place where it covers no other node
/// (and so no port), with <see cref="Gap"/> around it.
/// </summary>
public static class FlowPlacement
{
    /// <summary>The space kept free around a node; ports stick out half their size above and below it.</summary>
    public const double Gap = 20;

    /// <summary>The size a node is given before the browser has measured it.</summary>
    public static readonly Size DefaultSize = new(180, 90);

    /// <summary>
    /// Where a node of <paramref name="size"/> wanted at <paramref name="wanted"/> (top-left) can go: there itself when it
    /// overlaps none of <paramref name="occupied"/>, otherwise the free position nearest to it, searched ring by ring
    /// on a grid of <see cref="Gap"/>. Never left or above the canvas origin.
    /// </summary>
    public static Point FreeSpot(Point wanted, Size size, IReadOnlyList<Rectangle> occupied)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(size);
        ArgumentNullException.ThrowIfNull(occupied);
        var start = new Point(Math.Max(0, wanted.X), Math.Max(0, wanted.Y));
        if (IsFree(start, size, occupied))
        {
            return start;
        }

        // Rings of growing radius; within a ring, the candidates nearest to the wanted place first. A ring as wide as
        // everything occupied plus the node always has a free place, so the search ends.
        var reach = occupied.Count == 0 ? 0 : occupied.Max(r => Math.Max(r.Width, r.Height));
        var rings = (int)Math.Ceiling((((occupied.Count + 1) * (reach + Gap)) + size.Width + size.Height) / Gap) + 1;
        for (var ring = 1; ring <= rings; ring++)
        {
            var candidates = new List<Point>();
            for (var i = -ring; i <= ring; i++)
            {
                candidates.Add(new Point(start.X + (i * Gap), start.Y - (ring * Gap)));
                candidates.Add(new Point(start.X + (i * Gap), start.Y + (ring * Gap)));
                if (i != -ring && i != ring)
                {
                    candidates.Add(new Point(start.X - (ring * Gap), start.Y + (i * Gap)));
                    candidates.Add(new Point(start.X + (ring * Gap), start.Y + (i * Gap)));
                }
            }

            var free = candidates
                .Where(p => p.X >= 0 && p.Y >= 0 && IsFree(p, size, occupied))
                .OrderBy(p => p.DistanceTo(start)).ThenBy(p => p.Y).ThenBy(p => p.X)
                .FirstOrDefault();
            if (free is not null)
            {
                return free;
            }
        }

        // Unreachable by the bound above; below everything is free in any case.
        return new Point(start.X, occupied.Max(r => r.Bottom) + Gap);
    }

    /// <summary>Whether a node of <paramref name="size"/> at <paramref name="at"/> keeps <see cref="Gap"/> from all of <paramref name="occupied"/>.</summary>
    public static bool IsFree(Point at, Size size, IReadOnlyList<Rectangle> occupied)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(size);
        ArgumentNullException.ThrowIfNull(occupied);
        return occupied.All(r => at.X + size.Width + Gap <= r.Left || r.Right + Gap <= at.X
            || at.Y + size.Height + Gap <= r.Top || r.Bottom + Gap <= at.Y);
    }

    /// <summary>The rectangle a node covers: its measured size, or <see cref="DefaultSize"/> before it is measured.</summary>
    public static Rectangle Bounds(ActivityNodeModel node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var size = SizeOf(node);
        return new Rectangle(node.Position, size);
    }

    public static Size SizeOf(ActivityNodeModel node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Size is { Width: > 0, Height: > 0 } measured ? measured : DefaultSize;
    }

    /// <summary>Moves <paramref name="node"/> to the nearest free place among the diagram's other activity nodes; returns whether it moved.</summary>
    public static bool Separate(ActivityNodeModel node, IEnumerable<ActivityNodeModel> all)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(all);
        List<Rectangle> others = [.. all.Where(n => n != node).Select(Bounds)];
        var free = FreeSpot(node.Position, SizeOf(node), others);
        if (free.X == node.Position.X && free.Y == node.Position.Y)
        {
            return false;
        }

        node.SetPosition(free.X, free.Y);
        return true;
    }
}
