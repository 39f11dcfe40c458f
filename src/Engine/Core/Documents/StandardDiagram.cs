namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// A route drawn for a service standard, in the designer's canvas units: boxes where the analyst placed the steps and
/// straight lines between them. The page scales it as SVG and the PDF to its content width, so both show the same picture.
/// </summary>
public sealed record StandardDiagram(double Width, double Height, IReadOnlyList<StandardDiagramNode> Nodes, IReadOnlyList<StandardDiagramEdge> Edges);
