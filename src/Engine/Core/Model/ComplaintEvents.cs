namespace Mpp.Workflows.Engine.Model;

/// <summary>The entries of a complaint's trail (<c>complaint_events</c>).</summary>
public static class ComplaintEvents
{
    public const string Filed = "Filed";
    public const string Escalated = "Escalated";
    public const string DueRecomputed = "DueRecomputed";
    public const string Answered = "Answered";
}
