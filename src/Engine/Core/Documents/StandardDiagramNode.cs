namespace Mpp.Workflows.Engine.Documents;

/// <summary>A step box of a <see cref="StandardDiagram"/>; <see cref="Step"/> is its number in the procedure when it is on the main path.</summary>
public sealed record StandardDiagramNode(
    string Id, string Label, string Shape, double X, double Y, double Width, double Height, int? Step, bool OnMainPath)
{
    /// <summary>How a box is drawn: a task, a round start or end, a decision or fork, or a system step (document, mail, timer).</summary>
    public static class Shapes
    {
        public const string Task = "task";
        public const string Terminal = "terminal";
        public const string Branch = "branch";
        public const string System = "system";
    }
}
