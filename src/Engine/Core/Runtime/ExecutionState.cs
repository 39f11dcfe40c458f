namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The interpreter's durable state of one instance, stored as JSON beside the instance row: where it waits, what each
/// join has received, the last outcome of every task (visible to expressions as <c>outcomes</c>), and the fault if any.
/// </summary>
public sealed class ExecutionState
{
    public List<Bookmark> Bookmarks { get; init; } = [];

    /// <summary>Join activity id → the inbound activities that have arrived since the join last fired.</summary>
    public Dictionary<string, List<string>> JoinArrivals { get; init; } = [];

    /// <summary>Task activity id → its last outcome.</summary>
    public Dictionary<string, string> Outcomes { get; init; } = [];

    /// <summary>The comment of the most recently completed task: the default reasons of a return to the applicant.</summary>
    public string? LastComment { get; set; }

    /// <summary>Reasons given to the applicant by the open revision request, if any.</summary>
    public string? RevisionReasons { get; set; }

    public ExecutionFault? Fault { get; set; }

    /// <summary>The statutory clock, the open tasks' SLA clocks and the applicant's revision clocks.</summary>
    public List<WorkingClock> Clocks { get; init; } = [];

    /// <summary>The statutory deadline passed under <c>DeemApprove</c>: an approval at the end is a deemed approval.</summary>
    public bool DeemedApproval { get; set; }
}
