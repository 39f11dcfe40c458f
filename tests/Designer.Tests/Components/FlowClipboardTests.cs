using Blazor.Diagrams;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Mpp.Workflows.Designer.Components.Flow;

namespace Mpp.Workflows.Designer.Tests.Components;

/// <summary>Copy and paste of steps: settings kept, new unique ids, offset and never on another node.</summary>
public sealed class FlowClipboardTests
{
    private static ActivityNodeModel Task(BlazorDiagram diagram, string id, double x, double y)
    {
        var activity = new JsonObject
        {
            ["id"] = id,
            ["type"] = "Mpp.HumanTask",
            ["name"] = $"Periksa {id}",
            ["office"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "DPMPTSP" } },
        };
        var node = diagram.Nodes.Add(new ActivityNodeModel(activity, id, "Mpp.HumanTask", new Point(x, y)));
        node.SyncPorts(["Lengkap", "Kembalikan"]);
        return node;
    }

    [Fact]
    public void APastedStep_KeepsItsSettings_UnderANewId_AndTheOriginalIsUntouched()
    {
        var diagram = new BlazorDiagram();
        var original = Task(diagram, "check", 100, 100);
        var content = FlowClipboard.Copy(diagram, [original])!;
        original.Activity["name"] = "Diubah setelah disalin";

        var pasted = Assert.Single(FlowClipboard.Paste(diagram, content));

        Assert.Equal("check-2", pasted.ActivityId);
        Assert.Equal("check-2", (string?)pasted.Activity["id"]);
        Assert.Equal("Periksa check", pasted.Label);
        Assert.Equal("DPMPTSP", (string?)pasted.Activity["office"]!["expression"]!["value"]);
        Assert.Equal(["Lengkap", "Kembalikan"], pasted.OutPorts.Select(p => p.PortName));
        Assert.Equal("check", (string?)original.Activity["id"]);
        Assert.NotSame(original.Activity["office"], pasted.Activity["office"]);
    }

    [Fact]
    public void EachPaste_GetsTheNextFreeId_AndNoPastedStepOverlapsAnother()
    {
        var diagram = new BlazorDiagram();
        var original = Task(diagram, "check-2", 100, 100);
        Task(diagram, "below", 100, 220);
        var content = FlowClipboard.Copy(diagram, [original])!;

        var first = FlowClipboard.Paste(diagram, content, 0).Single();
        var second = FlowClipboard.Paste(diagram, content, 1).Single();

        Assert.Equal(["check-3", "check-4"], new[] { first.ActivityId, second.ActivityId });
        var nodes = diagram.Nodes.OfType<ActivityNodeModel>().ToList();
        foreach (var node in nodes)
        {
            Assert.All(nodes.Where(n => n != node), other => Assert.False(
                FlowPlacement.Bounds(node).Intersects(FlowPlacement.Bounds(other)), $"{node.ActivityId} overlaps {other.ActivityId}"));
        }
    }

    [Fact]
    public void ConnectionsBetweenCopiedSteps_ArePastedBetweenTheCopies()
    {
        var diagram = new BlazorDiagram();
        var a = Task(diagram, "a", 0, 0);
        var b = Task(diagram, "b", 0, 200);
        var outside = Task(diagram, "c", 400, 0);
        diagram.Links.Add(new LinkModel(a.OutPorts.First(), b.InPort));
        diagram.Links.Add(new LinkModel(b.OutPorts.First(), outside.InPort));

        var content = FlowClipboard.Copy(diagram, [a, b])!;
        FlowClipboard.Paste(diagram, content);

        var link = Assert.Single(content.Connections);
        Assert.Equal(new ClipboardConnection("a", "Lengkap", "b"), link);
        Assert.Contains(diagram.Links.Select(FlowDiagram.Ends), e => e is { } x && x.Source.Activity.ActivityId == "a-2" && x.Target.Activity.ActivityId == "b-2");
        Assert.Equal(3, diagram.Links.Count);
    }

    [Theory]
    [InlineData("humantask-1", "humantask-2")]
    [InlineData("check", "check-2")]
    [InlineData("check-7", "check-2")]
    public void FreeId_NumbersTheStem(string id, string expected) =>
        Assert.Equal(expected, FlowClipboard.FreeId(id, new HashSet<string>(["humantask-1", "check", "check-7"])));
}
