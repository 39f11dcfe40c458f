using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// An activity on the canvas. It holds the activity's JSON object itself, so what the property panel edits is what is
/// saved; the canvas adds only the position and the ports.
/// </summary>
public sealed class ActivityNodeModel : NodeModel
{
    public const string InboundPort = "In";

    public ActivityNodeModel(JsonObject activity, string activityId, string type, Point position)
        : base(activityId, position)
    {
        Activity = activity;
        ActivityId = activityId;
        Type = type;
        InPort = new ActivityPortModel(this, InboundPort, PortAlignment.Top);
        AddPort(InPort);
    }

    public JsonObject Activity { get; }

    /// <summary>The activity's id; the studio renames it (<see cref="StepIds.Rename"/>), and connections follow the node.</summary>
    public string ActivityId { get; set; }

    public string Type { get; }

    public ActivityPortModel InPort { get; }

    public IEnumerable<ActivityPortModel> OutPorts => Ports.OfType<ActivityPortModel>().Where(p => !p.IsInbound);

    public string Label => Activity["name"]?.GetValue<string>() is { Length: > 0 } name ? name : ActivityId;

    public IReadOnlyList<string> Errors { get; set; } = [];

    /// <summary>Whether an application is at this step now (the read-only route highlights it).</summary>
    public bool IsCurrent { get; set; }

    /// <summary>Whether the step matches the analyst's search (highlighted).</summary>
    public bool IsMatch { get; set; }

    /// <summary>Whether Tab reaches the route at this step (one step at a time is in the Tab order; arrows move between them).</summary>
    public bool TabStop { get; set; }

    /// <summary>Set by the editor when the keyboard moved to this step; the widget focuses itself on its next render.</summary>
    public bool FocusRequested { get; set; }

    /// <summary>How a studio test run passed this step (a CSS class: <c>run-passed</c>, <c>run-waiting</c>, …), or null.</summary>
    public string? TestRunMark { get; set; }

    /// <summary>
    /// Adds missing outbound ports and removes those the activity no longer has (with their links). An outcome renamed in
    /// place — as many ports gone as new ones come — keeps its connection: the i-th port gone hands its links to the i-th new one.
    /// </summary>
    /// <returns>Whether anything changed.</returns>
    public bool SyncPorts(IReadOnlyList<string> names)
    {
        var stale = OutPorts.Where(p => !names.Contains(p.PortName, StringComparer.Ordinal)).ToList();
        var added = names.Where(n => OutPorts.All(p => p.PortName != n)).ToList();
        var renamed = stale.Count == added.Count;
        var newPorts = added.Select(name => new ActivityPortModel(this, name, PortAlignment.Bottom)).ToList();
        foreach (var port in newPorts)
        {
            AddPort(port);
        }

        for (var i = 0; i < stale.Count; i++)
        {
            foreach (var link in stale[i].Links.ToList())
            {
                var diagram = link.Diagram;
                var target = FlowDiagram.Ends(link)?.Target;
                diagram?.Links.Remove(link);
                if (renamed && diagram is not null && target is not null)
                {
                    diagram.Links.Add(new LinkModel(newPorts[i], target));
                }
            }

            RemovePort(stale[i]);
        }

        return stale.Count + added.Count > 0;
    }
}
