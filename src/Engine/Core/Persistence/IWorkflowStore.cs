namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// The engine's persistence port. Reads run on their own; every state change runs inside one
/// <see cref="IStoreSession"/> (one database transaction). SQLite and PostgreSQL implement it and pass the same
/// contract tests.
/// </summary>
public interface IWorkflowStore
{
    /// <summary>Creates or upgrades the schema (numbered migration scripts). Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Whether the database answers (health checks).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Counts for monitoring, read together: open tasks by office (overdue: due before <paramref name="now"/>) and the outbox's
    /// pending and failed rows. Each count runs on an index (tasks by office and status, outbox by status and creation).
    /// </summary>
    Task<StoreGauges> ReadGaugesAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The files, audit events and steps the performance board counts for <paramref name="query"/>, in one snapshot.</summary>
    Task<PerformanceFacts> ReadPerformanceFactsAsync(PerformanceQuery query, CancellationToken cancellationToken);

    /// <summary>Starts a write transaction. Dispose without <see cref="IStoreSession.CommitAsync"/> to roll back.</summary>
    Task<IStoreSession> BeginAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<DefinitionSummary>> ListDefinitionsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The routes ever published, named as their published version, or as their last published one when none is in force
    /// now: a later draft's name is not public yet.
    /// </summary>
    Task<IReadOnlyList<PublicServiceName>> ListPublicServiceNamesAsync(CancellationToken cancellationToken);

    Task<DefinitionRecord?> GetDefinitionAsync(string definitionId, VersionSelector selector, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="json"/> as the draft: overwrites the latest version when it is an unpublished draft,
    /// otherwise adds a new version (latest + 1, or 1 for a new definition).
    /// </summary>
    Task<DefinitionRecord> SaveDraftAsync(string definitionId, string name, string json, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="SaveDraftAsync(string, string, string, DateTimeOffset, CancellationToken)"/> with the document made from the
    /// stored latest version (null for a new definition) while that version is locked: <paramref name="json"/> may carry
    /// over what concurrent changes of the draft (<see cref="UpdateDraftAsync"/>) wrote, and none is lost.
    /// </summary>
    Task<DefinitionRecord> SaveDraftAsync(
        string definitionId, string name, Func<DefinitionRecord?, string> json, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the document of the latest version of <paramref name="definitionId"/> while it is a never-published draft, with
    /// that version locked from the read to the write: <paramref name="change"/> gets the stored draft and returns the new
    /// document (it may throw to leave the draft as it is), so concurrent changes queue and none is lost. Returns null when
    /// the route has no such draft.
    /// </summary>
    Task<DefinitionRecord?> UpdateDraftAsync(string definitionId, Func<DefinitionRecord, string> change, CancellationToken cancellationToken);

    /// <summary>
    /// Marks <paramref name="version"/> published (and no other version of the definition). <paramref name="json"/> replaces
    /// the stored document so its <c>isPublished</c> flag matches. Returns null when the version does not exist.
    /// </summary>
    Task<DefinitionRecord?> PublishAsync(string definitionId, int version, string json, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes the latest version of <paramref name="definitionId"/> with every version locked from the read to the write:
    /// <paramref name="prepare"/> gets the stored latest version and returns its published document, or null to publish
    /// nothing (it changed since it was checked); so a draft saved meanwhile is either in the published version or saved
    /// after it as the next draft, never overwritten. Returns null when there is no such definition or nothing was published.
    /// </summary>
    Task<DefinitionRecord?> PublishLatestAsync(
        string definitionId, Func<DefinitionRecord, string?> prepare, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the latest version of <paramref name="definitionId"/> when it is a draft that was never published: the route
    /// falls back to its previous version, or is gone when it had none. Returns the deleted version; null when there is no
    /// such draft (an unknown route, or one whose latest version is or was published, which is never deleted).
    /// </summary>
    Task<int?> DeleteDraftAsync(string definitionId, CancellationToken cancellationToken);

    Task<InstanceRecord?> GetInstanceAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// The instance with its tasks in <paramref name="taskStatus"/> (ordered as <see cref="ListTasksAsync"/>) and its history,
    /// read together (one round trip on PostgreSQL); null when the instance is unknown.
    /// </summary>
    Task<ApplicationSnapshot?> GetApplicationSnapshotAsync(Guid id, string taskStatus, CancellationToken cancellationToken);

    Task<InstanceRecord?> FindInstanceByRegistrationNumberAsync(string registrationNumber, CancellationToken cancellationToken);

    Task<PagedResult<InstanceSummary>> ListInstancesAsync(InstanceQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The staff search: up to <see cref="InstanceQuery.PageSize"/> applications matching the query after
    /// <see cref="InstanceQuery.After"/> (from the newest when null), newest first, without a total.
    /// </summary>
    Task<InstancePage> SearchInstancesAsync(InstanceQuery query, CancellationToken cancellationToken);

    Task<TaskRecord?> GetTaskAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<TaskRecord>> ListTasksAsync(TaskQuery query, CancellationToken cancellationToken);

    /// <summary>One page of an office's open tasks with their applicants, and the total across pages.</summary>
    Task<PagedResult<InboxEntry>> ListInboxAsync(InboxQuery query, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="office"/> has or had a task in the instance (office visibility rule).</summary>
    Task<bool> IsOfficeInvolvedAsync(Guid instanceId, string office, CancellationToken cancellationToken);

    /// <summary>The history in order of <see cref="AuditEvent.Sequence"/>.</summary>
    Task<IReadOnlyList<AuditEvent>> GetHistoryAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>A timer as last committed (outside any transaction: a cheap check before taking locks).</summary>
    Task<TimerRecord?> GetTimerAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Timers not yet fired or cancelled whose due instant is at or before <paramref name="until"/>.</summary>
    /// <remarks>Provisional timers (<see cref="TimerRecord.Provisional"/>) are never due.</remarks>
    Task<IReadOnlyList<TimerRecord>> ListDueTimersAsync(DateTimeOffset until, int limit, CancellationToken cancellationToken);

    /// <summary>How many applications have a pending provisional timer (a due date counted through a year without its decree), and the latest one.</summary>
    Task<ProvisionalDueDates> GetProvisionalDueDatesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// How many open tasks of <paramref name="office"/> have a pending provisional timer (their due date is an estimate), and the
    /// latest such due instant: what the inbox banner of that office says.
    /// </summary>
    Task<ProvisionalDueDates> GetProvisionalTaskDueDatesAsync(string office, CancellationToken cancellationToken);

    /// <summary>Every stored calendar year, ascending.</summary>
    Task<IReadOnlyList<CalendarRecord>> ListCalendarsAsync(CancellationToken cancellationToken);

    Task<CalendarRecord?> GetCalendarAsync(int year, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the calendar of <see cref="CalendarRecord.Year"/>.</summary>
    Task UpsertCalendarAsync(CalendarRecord calendar, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboxMessage>> ListOutboxAsync(string? status, int limit, CancellationToken cancellationToken);

    /// <summary>Every outbox row of an application, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListOutboxOfInstanceAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>An application's documents in order of issue, without their bytes.</summary>
    Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>A document with its PDF; null when unknown.</summary>
    Task<DocumentRecord?> GetDocumentAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The document carrying <paramref name="number"/>, without its bytes; null when unknown.</summary>
    Task<DocumentSummary?> FindDocumentByNumberAsync(string number, CancellationToken cancellationToken);

    /// <summary>A standing (not revoked) permit that renews the permit <paramref name="permitId"/>; null when there is none.</summary>
    Task<DocumentSummary?> FindRenewalOfAsync(Guid permitId, CancellationToken cancellationToken);

    /// <summary>
    /// The permit or refusal letter carrying <paramref name="number"/> with its check-code hash; null when no document of
    /// those kinds carries it (a receipt's number included).
    /// </summary>
    Task<VerifiableDocument?> FindVerifiableDocumentAsync(string number, CancellationToken cancellationToken);

    /// <summary>The most recently issued document of <paramref name="kind"/> in an application that is not revoked, with its PDF.</summary>
    Task<DocumentRecord?> FindLatestDocumentAsync(Guid instanceId, string kind, CancellationToken cancellationToken);

    /// <summary>An application's uploaded files in order of upload, without their bytes.</summary>
    Task<IReadOnlyList<AttachmentSummary>> ListAttachmentsAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>An uploaded file with its bytes; null when unknown.</summary>
    Task<AttachmentRecord?> GetAttachmentAsync(Guid id, CancellationToken cancellationToken);

    Task<UserRecord?> FindUserAsync(string username, CancellationToken cancellationToken);

    Task<IReadOnlyList<UserRecord>> ListUsersAsync(CancellationToken cancellationToken);

    Task UpsertUserAsync(UserRecord user, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the password hash of <paramref name="username"/> with <paramref name="replacement"/> only while it is still
    /// <paramref name="current"/> (an upgrade of the same password to a stronger hash at sign-in); every other column stays
    /// as it is now, so an admin's change made meanwhile is kept. False when the hash had changed or the account is gone.
    /// </summary>
    Task<bool> ReplacePasswordHashAsync(string username, string current, string replacement, CancellationToken cancellationToken);

    Task<IReadOnlyList<OfficeRecord>> ListOfficesAsync(CancellationToken cancellationToken);

    Task<ComplaintRecord?> GetComplaintAsync(Guid id, CancellationToken cancellationToken);

    Task<ComplaintRecord?> FindComplaintByNumberAsync(string number, CancellationToken cancellationToken);

    /// <summary>The complaints about an application, oldest first.</summary>
    Task<IReadOnlyList<ComplaintRecord>> ListComplaintsOfInstanceAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>
    /// A page of the complaints an office answers or, escalated, sees (<see cref="ComplaintRecord.IsForOffice"/>), or every office's when
    /// <see cref="ComplaintQuery.Office"/> is null, and their total: open ones first by due instant, then the latest answered.
    /// </summary>
    Task<PagedResult<ComplaintRecord>> ListComplaintsForOfficeAsync(ComplaintQuery query, CancellationToken cancellationToken);

    /// <summary>The ids of every open complaint (a calendar change recomputes their due instants).</summary>
    Task<IReadOnlyList<Guid>> ListOpenComplaintIdsAsync(CancellationToken cancellationToken);

    /// <summary>The board's view of the complaints filed in [<paramref name="from"/>, <paramref name="until"/>).</summary>
    Task<IReadOnlyList<ComplaintStatsRow>> ListComplaintStatsAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>A complaint's trail in order.</summary>
    Task<IReadOnlyList<ComplaintEvent>> ListComplaintEventsAsync(Guid complaintId, CancellationToken cancellationToken);

    Task UpsertOfficeAsync(OfficeRecord office, CancellationToken cancellationToken);
}
