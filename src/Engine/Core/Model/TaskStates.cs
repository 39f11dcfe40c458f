namespace Mpp.Workflows.Engine.Model;

/// <summary>The states of a human task. Transitions: Open → Completed, Open → Cancelled (end, WaitAny join, fault recovery).</summary>
public static class TaskStates
{
    public const string Open = "Open";
    public const string Completed = "Completed";
    public const string Cancelled = "Cancelled";
}
