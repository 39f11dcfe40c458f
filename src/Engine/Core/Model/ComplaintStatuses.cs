namespace Mpp.Workflows.Engine.Model;

/// <summary>The states of a complaint: Open until an officer answers it, then Answered for good (a second answer is a 409).</summary>
public static class ComplaintStatuses
{
    public const string Open = "Open";
    public const string Answered = "Answered";
}
