using Blazor.Diagrams;
using Blazor.Diagrams.Core.Geometry;
using Mpp.Workflows.Designer.Components.Flow;

namespace Mpp.Workflows.Designer.Tests.Components;

/// <summary>Fit to the whole route, arrow keys between steps, and the search by name.</summary>
public sealed class FlowNavigationTests
{
    [Fact]
    public void Fit_ShowsTheWholeRouteCentred()
    {
        var bounds = new Rectangle(0, 0, 2000, 1000);

        var (zoom, pan) = FlowNavigation.Fit(bounds, new Size(1040, 540), 20, 0.1, 1);

        Assert.Equal(0.5, zoom, 3);
        Assert.Equal((20d, 20d), (pan.X, pan.Y));
        Assert.Equal(1, FlowNavigation.Fit(new Rectangle(0, 0, 100, 100), new Size(1000, 1000), 20, 0.1, 1).Zoom);
    }

    [Fact]
    public void Arrows_LeadToTheNearestStepInThatDirection()
    {
        var diagram = new BlazorDiagram();
        ActivityNodeModel Add(string id, double x, double y) =>
            diagram.Nodes.Add(new ActivityNodeModel(new JsonObject { ["name"] = id }, id, "Mpp.HumanTask", new Point(x, y)));
        var centre = Add("centre", 400, 400);
        var below = Add("below", 420, 600);
        var farBelow = Add("far-below", 400, 900);
        var right = Add("right", 800, 380);
        var steps = diagram.Nodes.OfType<ActivityNodeModel>().ToList();

        Assert.Same(below, FlowNavigation.Next(steps, centre, 0, 1));
        Assert.Same(farBelow, FlowNavigation.Next(steps, below, 0, 1));
        Assert.Same(right, FlowNavigation.Next(steps, centre, 1, 0));
        Assert.Null(FlowNavigation.Next(steps, centre, 0, -1));
        Assert.Null(FlowNavigation.Next(steps, right, 1, 0));
    }

    [Fact]
    public void Search_FindsStepsByNameOrId_IgnoringCaseAndAccents()
    {
        var diagram = new BlazorDiagram();
        diagram.Nodes.Add(new ActivityNodeModel(new JsonObject { ["name"] = "Pemeriksaan Berkas" }, "check", "Mpp.HumanTask", new Point(0, 0)));
        diagram.Nodes.Add(new ActivityNodeModel(new JsonObject { ["name"] = "Survéi lapangan" }, "survey", "Mpp.HumanTask", new Point(0, 0)));
        diagram.Nodes.Add(new ActivityNodeModel(new JsonObject { ["name"] = "Terbitkan izin" }, "issue-permit", "Mpp.IssueDocument", new Point(0, 0)));
        var steps = diagram.Nodes.OfType<ActivityNodeModel>().ToList();

        Assert.Equal(["check"], FlowSearch.Find(steps, "  pemeriksaan ").Select(n => n.ActivityId));
        Assert.Equal(["survey"], FlowSearch.Find(steps, "survei").Select(n => n.ActivityId));
        Assert.Equal(["issue-permit"], FlowSearch.Find(steps, "PERMIT").Select(n => n.ActivityId));
        Assert.Equal(2, FlowSearch.Find(steps, "e").Count - 1);
        Assert.Empty(FlowSearch.Find(steps, " "));
    }
}
