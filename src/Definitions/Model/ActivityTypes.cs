namespace Mpp.Workflows.Definitions.Model;

/// <summary>The type names of the v1 activity catalog, as they appear in definition JSON.</summary>
public static class ActivityTypes
{
    public const string Start = "Elsa.Start";
    public const string HumanTask = "Mpp.HumanTask";
    public const string ApplicantRevision = "Mpp.ApplicantRevision";
    public const string FlowDecision = "Elsa.FlowDecision";
    public const string FlowSwitch = "Elsa.FlowSwitch";
    public const string FlowFork = "Elsa.FlowFork";
    public const string FlowJoin = "Elsa.FlowJoin";
    public const string IssueDocument = "Mpp.IssueDocument";
    public const string SendEmail = "Mpp.SendEmail";
    public const string Delay = "Elsa.Delay";
    public const string End = "Elsa.End";

    /// <summary>Every type above (case-insensitive, as the catalog finds them): any other type is a step this product does not have.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        [Start, HumanTask, ApplicantRevision, FlowDecision, FlowSwitch, FlowFork, FlowJoin, IssueDocument, SendEmail, Delay, End],
        StringComparer.OrdinalIgnoreCase);
}
