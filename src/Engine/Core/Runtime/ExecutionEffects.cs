using Mpp.Workflows.Definitions.Catalog;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// What one interpreter run decided, for the command to write in the same transaction: tasks to open or cancel, timers,
/// documents and mails requested, audit entries, and whether the instance ended or faulted. The interpreter itself does
/// no I/O, which keeps it testable without a database.
/// </summary>
public sealed class ExecutionEffects
{
    public List<NewTask> NewTasks { get; } = [];

    public List<Guid> CancelledTasks { get; } = [];

    public List<NewTimer> NewTimers { get; } = [];

    public List<Guid> CancelledTimers { get; } = [];

    /// <summary>Applicant revisions entered (their expiry clocks start).</summary>
    public List<NewRevision> Revisions { get; } = [];

    public List<ActivityRequest> Documents { get; } = [];

    public List<ActivityRequest> Emails { get; } = [];

    /// <summary>The outbox rows <see cref="EffectWriter"/> queued for <see cref="Documents"/>, filled as it writes them.</summary>
    public List<OutboxMessage> QueuedDocuments { get; } = [];

    public List<TraceEntry> Trace { get; } = [];

    /// <summary>Every token the run let into an activity, in order: the path it took (a studio test run draws it).</summary>
    public List<PendingToken> Entered { get; } = [];

    /// <summary>Set when an <c>Elsa.End</c> ran.</summary>
    public string? Result { get; set; }

    /// <summary>Set when the run entered an applicant revision.</summary>
    public bool ReturnedToApplicant { get; set; }

    public ExecutionFault? Fault { get; set; }

    /// <summary>Adds the effects of a further run (e.g. one per answered revision) to these.</summary>
    public void Add(ExecutionEffects other)
    {
        ArgumentNullException.ThrowIfNull(other);
        NewTasks.AddRange(other.NewTasks);
        CancelledTasks.AddRange(other.CancelledTasks);
        NewTimers.AddRange(other.NewTimers);
        CancelledTimers.AddRange(other.CancelledTimers);
        Revisions.AddRange(other.Revisions);
        Documents.AddRange(other.Documents);
        Emails.AddRange(other.Emails);
        Trace.AddRange(other.Trace);
        Entered.AddRange(other.Entered);
        Result ??= other.Result;
        Fault ??= other.Fault;
        ReturnedToApplicant |= other.ReturnedToApplicant;
    }

    /// <summary>A human task to create.</summary>
    public sealed record NewTask(Guid Id, ActivityNode Node, HumanTaskSpec Spec, string Title);

    /// <summary>A durable timer to create.</summary>
    public sealed record NewTimer(Guid Id, string ActivityId, TimeSpan Delay);

    /// <summary>A revision bookmark the applicant must answer, and the working days its revision clock gives (null: no deadline).</summary>
    public sealed record NewRevision(Guid BookmarkId, ActivityNode Node, int? ExpiresAfterDays);

    /// <summary>A document or e-mail activity that ran.</summary>
    public sealed record ActivityRequest(ActivityNode Node);

    /// <summary>An activity the run passed through, for the audit trail.</summary>
    public sealed record TraceEntry(string ActivityId, string Event, string? Outcome, string? Detail = null);
}
