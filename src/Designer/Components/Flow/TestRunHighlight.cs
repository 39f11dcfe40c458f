using Blazor.Diagrams;
using Blazor.Diagrams.Core.Models;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// Lights a test run's path on the canvas up to one step: the steps it passed, the one it waits at, those it cancelled, and
/// the connections it followed. Only nodes and links whose look changes are redrawn.
/// </summary>
internal static class TestRunHighlight
{
    public const string Passed = "run-passed";
    public const string Waiting = "run-waiting";
    public const string Cancelled = "run-cancelled";

    /// <summary>Colour and width of a followed connection.</summary>
    private const string PathColor = "#2f855a";
    private const double PathWidth = 4;

    /// <summary>The width Blazor.Diagrams gives a link.</summary>
    private const double DefaultWidth = 2;

    /// <summary>Marks <paramref name="diagram"/> with <paramref name="run"/> up to step <paramref name="upTo"/> (null: clears every mark).</summary>
    public static void Apply(BlazorDiagram diagram, TestRunResult? run, int upTo)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        var steps = run?.Steps.Where(s => s.Index <= upTo).ToList() ?? [];
        var last = run is not null && upTo >= run.Steps.Count - 1;
        foreach (var node in diagram.Nodes.OfType<ActivityNodeModel>())
        {
            var mine = steps.Where(s => s.ActivityId == node.ActivityId).ToList();
            var mark = mine.Count == 0 ? null
                : last && mine.Any(s => s.EndedAt is null && !s.Cancelled) ? Waiting
                : mine.All(s => s.Cancelled) ? Cancelled
                : Passed;
            if (mark != node.TestRunMark)
            {
                node.TestRunMark = mark;
                node.Refresh();
            }
        }

        var followed = run?.Links.Where(l => l.StepIndex <= upTo).Select(l => (l.From, l.To)).ToHashSet() ?? [];
        foreach (var link in diagram.Links.OfType<LinkModel>())
        {
            var on = FlowDiagram.Ends(link) is { } ends
                && ends.Source.Parent is ActivityNodeModel from && ends.Target.Parent is ActivityNodeModel to
                && followed.Contains((from.ActivityId, to.ActivityId));
            var color = on ? PathColor : null;
            if (link.Color != color)
            {
                link.Color = color;
                link.Width = on ? PathWidth : DefaultWidth;
                link.Refresh();
            }
        }
    }
}
