using Mpp.Workflows.Definitions.Catalog.Activities;
using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog;

/// <summary>
/// The shared part of an activity type: the ports are the descriptor's fixed ones, every port must be connected, and
/// validation checks the inputs every type checks (<see cref="InputChecks.CheckCommon"/>) before the type's own
/// (<see cref="ValidateInputs"/>). A type overrides only what is special about it. The catalog knows types by
/// <see cref="IActivityType"/>; this class only saves them the repetition. The descriptor is data
/// (<see cref="ActivityDescriptors"/>); a type that needs nothing beyond it and the common checks is a plain
/// <c>ActivityType</c>, e.g. <c>new ActivityType(ActivityTypes.Start)</c>.
/// </summary>
/// <param name="type">The type name the descriptor is filed under, e.g. <see cref="ActivityTypes.Delay"/>.</param>
public class ActivityType(string type) : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = ActivityDescriptors.Get(type);

    /// <summary>The descriptor's fixed ports; a type whose ports come from an input overrides this.</summary>
    public virtual IReadOnlyList<string> GetOutboundPorts(ActivityNode node) => [.. Descriptor.Ports.Select(port => port.Name)];

    public virtual bool IsPortRequired(ActivityNode node, string port) => true;

    public void Validate(ActivityNode node, string path, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(context);
        InputChecks.CheckCommon(node, Descriptor, path, context);
        ValidateInputs(node, path, context);
    }

    /// <summary>The checks of this type's own inputs, after the common ones; none by default.</summary>
    protected virtual void ValidateInputs(ActivityNode node, string path, ValidationContext context)
    {
    }
}
