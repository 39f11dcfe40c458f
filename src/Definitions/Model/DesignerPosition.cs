namespace Mpp.Workflows.Definitions.Model;

/// <summary>Where the designer draws an activity (<c>metadata.designer.position</c>).</summary>
public readonly record struct DesignerPosition(double X, double Y);
