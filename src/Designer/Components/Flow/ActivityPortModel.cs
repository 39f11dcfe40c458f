using Blazor.Diagrams.Core.Models;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>A port of an activity on the canvas, named as in the definition's connections (<c>In</c>, <c>Done</c>, an outcome…).</summary>
public sealed class ActivityPortModel(ActivityNodeModel parent, string name, PortAlignment alignment)
    : PortModel($"{parent.ActivityId}:{name}", parent, alignment)
{
    public string PortName { get; } = name;

    public bool IsInbound => PortName == ActivityNodeModel.InboundPort;

    public ActivityNodeModel Activity => (ActivityNodeModel)Parent;
}
