namespace Mpp.Workflows.Engine.Documents;

/// <summary>A line of a <see cref="StandardDiagram"/> from one box's border to the next, labelled with the outcome it follows.</summary>
public sealed record StandardDiagramEdge(double X1, double Y1, double X2, double Y2, string? Label, bool OnMainPath);
