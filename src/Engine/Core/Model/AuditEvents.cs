namespace Mpp.Workflows.Engine.Model;

/// <summary>The event names of the audit trail.</summary>
public static class AuditEvents
{
    public const string Submitted = "Submitted";
    public const string TaskCreated = "TaskCreated";
    public const string TaskClaimed = "TaskClaimed";
    public const string TaskReleased = "TaskReleased";
    public const string TaskCompleted = "TaskCompleted";
    public const string Cancelled = "Cancelled";
    public const string ReturnedToApplicant = "ReturnedToApplicant";
    public const string Resubmitted = "Resubmitted";
    public const string Decided = "Decided";
    public const string JoinWaiting = "JoinWaiting";
    public const string Joined = "Joined";
    public const string DocumentRequested = "DocumentRequested";
    public const string EmailQueued = "EmailQueued";
    public const string DocumentIssued = "DocumentIssued";
    public const string DocumentRevoked = "DocumentRevoked";
    public const string TimerStarted = "TimerStarted";
    public const string TimerFired = "TimerFired";
    public const string Faulted = "Faulted";
    public const string Retried = "Retried";
    public const string Ended = "Ended";
    public const string TaskReminded = "TaskReminded";
    public const string TaskOverdue = "TaskOverdue";
    public const string TaskEscalated = "TaskEscalated";
    public const string ClockStarted = "ClockStarted";
    public const string ClockPaused = "ClockPaused";
    public const string ClockResumed = "ClockResumed";
    public const string DueRecomputed = "DueRecomputed";
    public const string CalendarMissing = "CalendarMissing";

    /// <summary>A clock's due date was counted through a year without its decree: an estimate whose timers wait.</summary>
    public const string DueProvisional = "DueProvisional";
    public const string RevisionExpired = "RevisionExpired";
    public const string StatutoryDeadlinePassed = "StatutoryDeadlinePassed";
    public const string DeemedApproved = "DeemedApproved";

    /// <summary>
    /// An official's signing decision was refused because the signature could not be made (details: the failure, e.g.
    /// <c>WrongPassphrase</c>, and the service's message); the task stayed open.
    /// </summary>
    public const string SignatureFailed = "SignatureFailed";

    /// <summary>
    /// A renewal's application was checked against the permit it names (comment: whether it continues that permit or,
    /// when the applicant is not its holder, starts on its issue date; the renewal check of the permit documents).
    /// </summary>
    public const string RenewalChecked = "RenewalChecked";

    /// <summary>The running file was moved to a newer version of its route (details: the versions and the steps).</summary>
    public const string Migrated = "Migrated";
}
