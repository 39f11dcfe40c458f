using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog;

/// <summary>
/// One activity type of the catalog: its descriptor, the ports a given node of it has, and the checks of its inputs.
/// Execution lives in the engine; this is what can be known from the definition alone.
/// </summary>
public interface IActivityType
{
    /// <summary>Palette, property panel and port information.</summary>
    ActivityDescriptor Descriptor { get; }

    /// <summary>The outbound ports of <paramref name="node"/> (e.g. a human task's outcomes).</summary>
    IReadOnlyList<string> GetOutboundPorts(ActivityNode node);

    /// <summary>
    /// Whether <paramref name="port"/> of <paramref name="node"/> must have an outgoing connection. A port that can fire
    /// without a connection would strand the application, so by default every port must be connected.
    /// </summary>
    bool IsPortRequired(ActivityNode node, string port) => true;

    /// <summary>Adds every problem with the node's own inputs; <paramref name="path"/> is the node's JSON path.</summary>
    void Validate(ActivityNode node, string path, ValidationContext context);
}
