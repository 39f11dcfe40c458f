namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// What monitoring reads from the store on each scrape (<see cref="IWorkflowStore.ReadGaugesAsync"/>): open and overdue tasks
/// by office, the outbox's backlog (pending rows) with the creation instant of its oldest row, and the rows it gave up on.
/// </summary>
public sealed record StoreGauges(
    IReadOnlyList<OfficeTaskCounts> Offices, long OutboxPending, DateTimeOffset? OldestPendingAt, long OutboxFailed);
