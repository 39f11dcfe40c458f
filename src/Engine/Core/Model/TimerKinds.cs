namespace Mpp.Workflows.Engine.Model;

/// <summary>What a stored timer is for.</summary>
public static class TimerKinds
{
    /// <summary>An <c>Elsa.Delay</c>; the timer id is the bookmark id.</summary>
    public const string Delay = "Delay";

    /// <summary>Remind the task's office before its due date.</summary>
    public const string TaskReminder = "TaskReminder";

    /// <summary>A task's due date: escalate or take the automatic outcome.</summary>
    public const string TaskDeadline = "TaskDeadline";

    /// <summary>The statutory deadline: deemed approval or a notice to the head of the authority.</summary>
    public const string Statutory = "Statutory";

    /// <summary>The applicant did not resubmit in time: the revision leaves through <c>Expired</c>.</summary>
    public const string RevisionExpiry = "RevisionExpiry";

    /// <summary>A complaint's response deadline passed unanswered: it escalates; the timer belongs to the complaint, not an application.</summary>
    public const string ComplaintDue = "ComplaintDue";
}
