using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The engine's read side: applications, tasks and the applicant's tracking view, as the API and the pages show them.
/// Reads outside any command transaction.
/// </summary>
public sealed class ApplicationQueries(
    IWorkflowStore store,
    DefinitionProvider definitions,
    CalendarBook calendars,
    ClockViews clockViews,
    OfficeZones zones,
    TimeProvider time,
    IOptions<EngineOptions> options)
{
    private static readonly HashSet<string> PublicHistoryEvents = new(StringComparer.Ordinal)
    {
        AuditEvents.Submitted, AuditEvents.TaskCreated, AuditEvents.TaskCompleted, AuditEvents.ReturnedToApplicant,
        AuditEvents.Resubmitted, AuditEvents.Ended, AuditEvents.ClockPaused, AuditEvents.ClockResumed, AuditEvents.RevisionExpired,
        AuditEvents.DeemedApproved,
    };

    /// <summary>An application with its open tasks and full history, or null when unknown.</summary>
    public async Task<ApplicationView?> GetApplicationAsync(Guid id, CancellationToken cancellationToken)
    {
        var snapshot = await store.GetApplicationSnapshotAsync(id, TaskStates.Open, cancellationToken).ConfigureAwait(false);
        return snapshot is null ? null : await ViewOfAsync(snapshot, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The application view of a snapshot read with its open tasks (<see cref="TaskStates.Open"/>).</summary>
    public async Task<ApplicationView> ViewOfAsync(ApplicationSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (instance, tasks, history) = snapshot;
        var state = EngineJson.Deserialize<ExecutionState>(instance.StateJson);
        return new ApplicationView(
            instance.Id, instance.RegistrationNumber, instance.DefinitionId, instance.DefinitionVersion, instance.Status, instance.Result,
            EngineJson.Deserialize<Applicant>(instance.ApplicantJson), RuntimeJson.ParseObject(instance.DataJson),
            await ViewsOfAsync(tasks, cancellationToken).ConfigureAwait(false), clockViews.ClocksView(state, time.GetUtcNow()),
            [.. history.Select(h => new HistoryEntryView(h.At, h.Actor, h.ActivityId, h.Event, h.Outcome, h.Comment) { DetailsJson = h.DetailsJson })],
            state.Fault is { } f ? new FaultView(f.ActivityId, f.Message, f.At) : null,
            instance.CreatedAt, instance.UpdatedAt);
    }

    /// <summary>
    /// Whether the actor may see the application (its applicant's identity, data, documents and uploads): admins always;
    /// staff when their office has or had a task in it. Analysts design routes and are not given citizens' files.
    /// </summary>
    public async Task<bool> CanSeeApplicationAsync(Guid id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsAdmin)
        {
            return true;
        }

        return actor.Office is { } office && await store.IsOfficeInvolvedAsync(id, office, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applications the actor may see (office rule as in <see cref="CanSeeApplicationAsync"/>).</summary>
    public Task<PagedResult<InstanceSummary>> ListApplicationsAsync(InstanceQuery query, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsAdmin)
        {
            return store.ListInstancesAsync(query with { VisibleToOffice = null }, cancellationToken);
        }

        // Someone of no office (an analyst) is involved in no application.
        return actor.Office is { } office
            ? store.ListInstancesAsync(query with { VisibleToOffice = office }, cancellationToken)
            : Task.FromResult(new PagedResult<InstanceSummary>([], query.Page, query.PageSize, 0));
    }

    /// <summary>
    /// The staff search: a keyset page of the applications the actor may see (office rule as in
    /// <see cref="CanSeeApplicationAsync"/>), newest first.
    /// </summary>
    public Task<InstancePage> SearchApplicationsAsync(InstanceQuery query, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsAdmin)
        {
            return store.SearchInstancesAsync(query with { VisibleToOffice = null }, cancellationToken);
        }

        return actor.Office is { } office
            ? store.SearchInstancesAsync(query with { VisibleToOffice = office }, cancellationToken)
            : Task.FromResult(new InstancePage([], null));
    }

    /// <summary>The actor's inbox: tasks of their office (and roles), ordered by due date.</summary>
    public async Task<IReadOnlyList<TaskView>> ListTasksAsync(Actor actor, bool mineOnly, string status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Office is null)
        {
            return [];
        }

        var query = new TaskQuery(
            Office: actor.Office,
            Roles: actor.Roles,
            Assignee: mineOnly ? actor.Name : null,
            Status: status);
        var tasks = await store.ListTasksAsync(query, cancellationToken).ConfigureAwait(false);
        return await ViewsOfAsync(tasks, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One page of the actor's inbox: open tasks of their office and roles with their applicants, searched and filtered as
    /// asked, ordered by due date. Empty for a user without an office.
    /// </summary>
    public async Task<PagedResult<InboxItemView>> ListInboxAsync(Actor actor, InboxFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        if (actor.Office is null)
        {
            return new PagedResult<InboxItemView>([], filter.Page, filter.PageSize, 0);
        }

        var query = new InboxQuery(
            actor.Office, actor.Roles, filter.Search, filter.DefinitionId, filter.Claim, actor.Name,
            filter.OverdueOnly ? time.GetUtcNow() : null, filter.Page, filter.PageSize);
        var page = await store.ListInboxAsync(query, cancellationToken).ConfigureAwait(false);
        var items = new List<InboxItemView>(page.Items.Count);
        foreach (var entry in page.Items)
        {
            items.Add(new InboxItemView(await ViewOfAsync(entry.Task, cancellationToken).ConfigureAwait(false), entry.ApplicantName, entry.ApplicationStatus));
        }

        return new PagedResult<InboxItemView>(items, page.Page, page.PageSize, page.Total) { TotalIsLowerBound = page.TotalIsLowerBound };
    }

    /// <summary>A task if the actor may see it (own office); null when unknown or not theirs.</summary>
    public async Task<TaskView?> GetTaskAsync(Guid id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var task = await store.GetTaskAsync(id, cancellationToken).ConfigureAwait(false);
        return task is not null && (actor.IsAdmin || string.Equals(task.Office, actor.Office, StringComparison.OrdinalIgnoreCase))
            ? await ViewOfAsync(task, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>
    /// The applicant's view, or null for an unknown number or a wrong token (indistinguishable on purpose). Staff names
    /// are replaced by their office; only milestones are listed, and only the reasons of a return are quoted.
    /// </summary>
    public async Task<TrackingView?> TrackAsync(string registrationNumber, string? token, CancellationToken cancellationToken)
    {
        // A number is found as typed, or as issued (upper case) when typed otherwise.
        var instance = await store.FindInstanceByRegistrationNumberAsync(registrationNumber, cancellationToken).ConfigureAwait(false);
        if (instance is null && RegistrationNumbers.Canonical(registrationNumber) is var canonical && canonical != registrationNumber)
        {
            instance = await store.FindInstanceByRegistrationNumberAsync(canonical, cancellationToken).ConfigureAwait(false);
        }

        if (instance is null || !TrackingTokens.Matches(token, instance.TrackingTokenHash))
        {
            return null;
        }

        var definition = await definitions.GetVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken).ConfigureAwait(false);
        var tasks = await store.ListTasksAsync(new TaskQuery(InstanceId: instance.Id), cancellationToken).ConfigureAwait(false);
        var officeOfActivity = tasks.GroupBy(t => t.ActivityId).ToDictionary(g => g.Key, g => g.First().Office, StringComparer.Ordinal);
        var officeOfUser = tasks.Where(t => t.CompletedBy is not null)
            .GroupBy(t => t.CompletedBy!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Office, StringComparer.OrdinalIgnoreCase);
        var open = tasks.Where(t => t.Status == TaskStates.Open).ToList();
        var history = await store.GetHistoryAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var state = EngineJson.Deserialize<ExecutionState>(instance.StateJson);
        var publicHistory = history
            .Where(h => PublicHistoryEvents.Contains(h.Event))
            .Select(h => new HistoryEntryView(
                h.At,
                PublicActor(h, officeOfActivity, officeOfUser),
                h.ActivityId,
                h.Event,
                h.Outcome,
                h.Event == AuditEvents.ReturnedToApplicant ? DetailOf(h) : null))
            .ToList();
        var zone = Calendar.TimeZones.Resolve(options.Value.TimeZone);
        var clocks = clockViews.TrackingClocks(state, time.GetUtcNow());
        var promise = Promise(definition, instance, clocks, zone);
        return new TrackingView(
            instance.RegistrationNumber, instance.DefinitionId, definition.Name, instance.Status, instance.Result,
            [.. open.Select(t => new TrackingStepView(t.ActivityId, t.Title, t.Office, t.DueAt))],
            open.Select(t => t.DueAt).Where(d => d is not null).Min(),
            instance.Status == ApplicationStatuses.AwaitingApplicant ? state.RevisionReasons : null,
            publicHistory, instance.CreatedAt, clocks,
            promise.Date,
            promise.Days,
            instance.Result == ApplicationResults.Rejected ? Documents.RejectionReasons.From(history) : null,
            promise.EstimateYears.Count > 0)
        {
            ExpectedFromComplete = promise.FromComplete,
            EstimateYears = promise.EstimateYears,
        };
    }

    /// <summary>
    /// The one date promised to the applicant. Until the file is declared complete: the route's service time counted from
    /// submission (what the receipt and its mail print). Once the statutory clock runs: its due date, the time limit the law
    /// sets from completeness, so the page never shows two different promises; while that clock is paused (the applicant
    /// revises) there is no date to promise.
    /// </summary>
    private (DateOnly? Date, int? Days, bool FromComplete, IReadOnlyList<int> EstimateYears) Promise(
        WorkflowDefinition definition, InstanceRecord instance, IReadOnlyList<TrackingClockView> clocks, TimeZoneInfo zone)
    {
        var firstYear = TimeZoneInfo.ConvertTime(instance.CreatedAt, zone).Year;
        if (clocks.FirstOrDefault(c => c.Kind == ClockKinds.Statutory) is { } statutory)
        {
            if (statutory.DueAt is not { } due || statutory.Status is not "Running")
            {
                return (null, null, true, []);
            }

            var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, zone).DateTime);
            return (date, statutory.Days, true, statutory.DueIsEstimate ? calendars.ProvisionalYears(firstYear, date.Year) : []);
        }

        if (definition.Options.SlaDays is not { } days)
        {
            return (null, null, false, []);
        }

        var expected = Documents.ServiceDates.ExpectedCompletion(calendars.Days, instance.CreatedAt, days, zone);
        return (expected, days, false, calendars.ProvisionalYears(firstYear, expected.Year));
    }

    /// <summary>Staff are shown by office: the office of a created task, or the office of the tasks that user completed.</summary>
    private static string PublicActor(AuditEvent entry, Dictionary<string, string> officeOfActivity, Dictionary<string, string> officeOfUser) => entry switch
    {
        { Event: AuditEvents.Submitted or AuditEvents.Resubmitted } => "Pemohon",
        { Event: AuditEvents.TaskCreated, ActivityId: { } a } when officeOfActivity.TryGetValue(a, out var office) => office,
        { Actor: "applicant" } => "Pemohon",
        { Actor: "system" } => "Sistem",
        _ when officeOfUser.TryGetValue(entry.Actor, out var office) => office,
        _ => "Petugas",
    };

    private static string? DetailOf(AuditEvent entry) =>
        entry.DetailsJson is { } json && JsonNode.Parse(json) is JsonObject o && o["detail"] is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : null;

    private async Task<IReadOnlyList<TaskView>> ViewsOfAsync(IReadOnlyList<TaskRecord> tasks, CancellationToken cancellationToken)
    {
        var views = new List<TaskView>(tasks.Count);
        foreach (var task in tasks)
        {
            views.Add(await ViewOfAsync(task, cancellationToken).ConfigureAwait(false));
        }

        return views;
    }

    public async Task<TaskView> ViewOfAsync(TaskRecord task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var now = time.GetUtcNow();
        double? left = null;
        var estimate = false;
        if (task is { Status: TaskStates.Open, DueAt: { } due })
        {
            var zone = Calendar.TimeZones.Resolve(await zones.ZoneOfAsync(task.Office, cancellationToken).ConfigureAwait(false));
            estimate = calendars.DependsOnProvisional(task.CreatedAt, due, zone);
            try
            {
                left = Math.Round(calendars.Days.WorkingDaysLeft(now, due, zone), 2);
            }
            catch (Calendar.CalendarYearMissingException)
            {
                // The due date itself is known; only the remaining office time cannot be weighed.
            }
        }

        return new TaskView(
            task.Id, task.InstanceId, task.RegistrationNumber, task.DefinitionId, task.ActivityId, task.Title, task.Office, task.Role, task.Status,
            task.Assignee, task.CreatedAt, task.DueAt, task.EscalatedToRole, RuntimeJson.ReadStringList(task.OutcomesJson),
            JsonSerializer.Deserialize<List<FormFieldView>>(task.FormJson, EngineJson.Options) ?? [],
            task.Outcome, task.Comment, task.CompletedBy, task.CompletedAt, left,
            task is { Status: TaskStates.Open, DueAt: { } dueAt } && dueAt < now,
            estimate);
    }
}
