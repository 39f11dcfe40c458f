using Blazor.Diagrams;
using Blazor.Diagrams.Core.Geometry;
using Mpp.Workflows.Designer.Components.Flow;

namespace Mpp.Workflows.Designer.Tests.Components;

/// <summary>Drops that never overlap: a node wanted on another goes to the nearest free place.</summary>
public sealed class FlowPlacementTests
{
    private static readonly Size NodeSize = new(180, 90);

    [Fact]
    public void AFreePlaceIsKept()
    {
        var occupied = new List<Rectangle> { new(new Point(40, 40), NodeSize) };

        var at = FlowPlacement.FreeSpot(new Point(400, 40), NodeSize, occupied);

        Assert.Equal((400d, 40d), (at.X, at.Y));
    }

    [Fact]
    public void ANodeWantedOnAnother_GoesToTheNearestPlaceThatKeepsTheGap()
    {
        var occupied = new List<Rectangle> { new(new Point(100, 100), NodeSize) };

        var at = FlowPlacement.FreeSpot(new Point(110, 110), NodeSize, occupied);

        Assert.True(FlowPlacement.IsFree(at, NodeSize, occupied));
        // The nearest way out is down (to 100 + 90 + the gap = 210), not the 190-pixel move sideways.
        Assert.Equal((110d, 210d), (at.X, at.Y));
    }

    [Fact]
    public void ACrowdedCanvas_StillFindsAPlace_WithNoOverlap()
    {
        var occupied = new List<Rectangle>();
        for (var row = 0; row < 5; row++)
        {
            for (var column = 0; column < 5; column++)
            {
                occupied.Add(new Rectangle(new Point(column * 200, row * 110), NodeSize));
            }
        }

        var at = FlowPlacement.FreeSpot(new Point(400, 220), NodeSize, occupied);

        Assert.True(FlowPlacement.IsFree(at, NodeSize, occupied));
        Assert.True(at.X >= 0 && at.Y >= 0);
    }

    [Fact]
    public void Separate_MovesANodeOffAnother_AndLeavesAFreeOneAlone()
    {
        var diagram = new BlazorDiagram();
        var first = diagram.Nodes.Add(new ActivityNodeModel(new JsonObject(), "a", "Mpp.HumanTask", new Point(100, 100)));
        var second = diagram.Nodes.Add(new ActivityNodeModel(new JsonObject(), "b", "Mpp.HumanTask", new Point(120, 110)));
        var all = diagram.Nodes.OfType<ActivityNodeModel>().ToList();

        Assert.True(FlowPlacement.Separate(second, all));
        Assert.False(FlowPlacement.Bounds(first).Intersects(FlowPlacement.Bounds(second)));
        Assert.False(FlowPlacement.Separate(second, all));
        Assert.Equal((100d, 100d), (first.Position.X, first.Position.Y));
    }
}
