using Blazor.Diagrams.Core.Geometry;
using Mpp.Workflows.Designer.Components.Flow;

namespace Mpp.Workflows.Designer.Tests.Components;

/// <summary>The studio's "Rapikan tata letak": layers top to bottom along the connections, nothing overlapping.</summary>
public sealed class FlowLayoutTests
{
    private static LayoutNode Node(string id, double width = 180, double height = 90) => new(id, width, height);

    /// <summary>
    /// <code>
    /// start ─▶ check ─▶ review ─▶ approve ─▶ end
    ///            ▲         │
    ///            └─return──┘        (a return to the applicant: a cycle)
    ///                      └─▶ refuse ─▶ end
    /// lonely (unconnected)
    /// </code>
    /// </summary>
    private static (List<LayoutNode> Nodes, List<(string, string)> Edges) Route() =>
        ([Node("start"), Node("check"), Node("review", 260), Node("approve"), Node("refuse"), Node("end"), Node("lonely")],
         [("start", "check"), ("check", "review"), ("review", "check"), ("review", "approve"), ("review", "refuse"), ("approve", "end"), ("refuse", "end")]);

    [Fact]
    public void EverySourceIsAboveItsTarget_ExceptTheConnectionBack()
    {
        var (nodes, edges) = Route();
        var at = FlowLayout.Layered(nodes, edges);

        Assert.Equal(nodes.Count, at.Count);
        foreach (var (source, target) in edges.Where(e => e != ("review", "check")))
        {
            Assert.True(at[source].Y + 90 <= at[target].Y, $"{source} ({at[source].Y}) is not above {target} ({at[target].Y})");
        }

        Assert.Equal(at["approve"].Y, at["refuse"].Y);
    }

    [Fact]
    public void NoTwoNodesOverlap_AndTheLayoutStartsAtTheMargin()
    {
        var (nodes, edges) = Route();
        var at = FlowLayout.Layered(nodes, edges);

        var boxes = nodes.Select(n => new Rectangle(at[n.Id], new Size(n.Width, n.Height))).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(boxes[i].Intersects(boxes[j]), $"{nodes[i].Id} overlaps {nodes[j].Id}");
            }
        }

        Assert.Equal(FlowLayout.Margin, boxes.Min(b => b.Left));
        Assert.Equal(FlowLayout.Margin, boxes.Min(b => b.Top));
    }

    [Fact]
    public void UnconnectedNodesGoInARowBelowTheRoute()
    {
        var (nodes, edges) = Route();
        nodes.Add(Node("lonely-2"));
        var at = FlowLayout.Layered(nodes, edges);

        var routeBottom = nodes.Where(n => !n.Id.StartsWith("lonely", StringComparison.Ordinal)).Max(n => at[n.Id].Y + n.Height);
        Assert.True(at["lonely"].Y >= routeBottom + FlowLayout.Gap);
        Assert.Equal(at["lonely"].Y, at["lonely-2"].Y);
        Assert.True(at["lonely-2"].X >= at["lonely"].X + 180 + FlowLayout.Gap);
    }

    [Fact]
    public void TheSameRouteGetsTheSameLayout()
    {
        var (nodes, edges) = Route();
        var first = FlowLayout.Layered(nodes, edges);
        var second = FlowLayout.Layered(nodes, edges);

        Assert.All(first, p => Assert.Equal((p.Value.X, p.Value.Y), (second[p.Key].X, second[p.Key].Y)));
    }

    [Fact]
    public void AChainOfTwoHundredIsLaidOutInTwoHundredLayers()
    {
        var nodes = Enumerable.Range(0, 200).Select(i => Node($"n{i}")).ToList();
        var edges = Enumerable.Range(1, 199).Select(i => ($"n{i - 1}", $"n{i}")).ToList();
        var at = FlowLayout.Layered(nodes, edges);

        Assert.Equal(200, at.Values.Select(p => p.Y).Distinct().Count());
        Assert.True(at["n199"].Y > at["n0"].Y);
    }
}
