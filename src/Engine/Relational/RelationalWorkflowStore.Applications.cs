using System.Data.Common;

namespace Mpp.Workflows.Engine.Relational;

public abstract partial class RelationalWorkflowStore
{
    public Task<InstanceRecord?> GetInstanceAsync(Guid id, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(
            new Sql($"SELECT {Rows.InstanceColumns} FROM {T("instances")} WHERE id = @id;").With("id", id), Rows.Instance, cancellationToken);

    public Task<InstanceRecord?> FindInstanceByRegistrationNumberAsync(string registrationNumber, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(
            new Sql($"SELECT {Rows.InstanceColumns} FROM {T("instances")} WHERE registration_number = @number;")
                .With("number", registrationNumber),
            Rows.Instance,
            cancellationToken);

    public Task<PagedResult<InstanceSummary>> ListInstancesAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var (tables, keys, where) = InstanceFilter(query);
        var count = where.Bind(new Sql($"SELECT count(*) FROM {tables} {where};"));
        var page = where.Bind(new Sql(
            $"""
            SELECT {Rows.InstanceSummaryColumns}
            FROM {tables}
            {where}
            ORDER BY {keys}.created_at DESC, {keys}.{KeyId(keys)} DESC
            LIMIT @limit OFFSET @offset;
            """));
        return ReadPageAsync(count, page, query.Page, query.PageSize, Rows.ReadInstanceSummary, cancellationToken);
    }

    public async Task<InstancePage> SearchInstancesAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);

        // The row comparison is one index condition on (…, created_at, id) in both databases: the page starts where the
        // last one ended instead of counting its way there. One row more than the page tells whether another follows.
        var (tables, keys, where) = InstanceFilter(query);
        where.And(
            $"({keys}.created_at, {keys}.{KeyId(keys)}) < (@afterAt, @afterId)",
            query.After is not null,
            new SqlArgument("afterAt", query.After?.CreatedAt, SqlArgumentKind.Value),
            new SqlArgument("afterId", query.After?.Id, SqlArgumentKind.Value));
        var page = where.Bind(new Sql(
            $"""
            SELECT {Rows.InstanceSummaryColumns}
            FROM {tables}
            {where}
            ORDER BY {keys}.created_at DESC, {keys}.{KeyId(keys)} DESC
            LIMIT @limit;
            """)).With("limit", query.PageSize + 1);
        var rows = await ListAsync(page, Rows.ReadInstanceSummary, cancellationToken).ConfigureAwait(false);
        if (rows.Count <= query.PageSize)
        {
            return new InstancePage(rows, null);
        }

        var items = rows.Take(query.PageSize).ToList();
        return new InstancePage(items, new InstanceCursor(items[^1].CreatedAt, items[^1].Id));
    }

    /// <summary>
    /// The tables of an application list, the alias whose (created_at, id) orders it, and its conditions, each served by an
    /// index (migration 0015) but the free-text search. An office's list is read from <c>application_offices</c>
    /// (<c>o</c>, the same instant and id as the instance <c>i</c>), whose index holds the office's applications newest first.
    /// </summary>
    private (string Tables, string Keys, SqlFilter Where) InstanceFilter(InstanceQuery query)
    {
        var keys = query.VisibleToOffice is null ? "i" : "o";
        var tables = query.VisibleToOffice is null
            ? $"{T("instances")} i"
            : $"{T("application_offices")} o JOIN {T("instances")} i ON i.id = o.instance_id";
        var where = new SqlFilter()
            .And("o.office = @office", "office", query.VisibleToOffice)
            // An office's rows carry the status and service (migration 0018): its indexes read those files newest first.
            .And($"{keys}.status = @status", "status", query.Status)
            .And($"{keys}.definition_id = @definition", "definition", query.DefinitionId)
            .And("i.result = @result", "result", query.Result)
            .And(SearchCondition("i.registration_number"), "search", SearchPattern(query.Search))
            .And("i.registration_number = @number", "number", query.RegistrationNumber)
            .AndPrefix(Dialect, "i.registration_number", "numberPrefix", query.RegistrationNumberPrefix)
            .And("i.applicant_nik = @nik", "nik", query.ApplicantNik)
            .AndFoldedPrefix(Dialect, "lower(i.applicant_name)", "name", query.ApplicantNamePrefix)
            .And($"{keys}.created_at >= @submittedFrom", "submittedFrom", query.SubmittedFrom)
            .And($"{keys}.created_at < @submittedBefore", "submittedBefore", query.SubmittedBefore);
        return (tables, keys, where);
    }

    private static string KeyId(string keys) => keys == "o" ? "instance_id" : "id";

    public Task<TaskRecord?> GetTaskAsync(Guid id, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(new Sql($"SELECT {Rows.TaskColumns} FROM {T("tasks")} WHERE id = @id;").With("id", id), Rows.Task, cancellationToken);

    public Task<IReadOnlyList<TaskRecord>> ListTasksAsync(TaskQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var where = new SqlFilter()
            .And("office = @office", "office", query.Office)
            .And($"({Dialect.InRoles("role", "roles")} OR {Dialect.InRoles("escalated_to_role", "roles")})", "roles", query.Roles?.ToArray(), SqlArgumentKind.Roles)
            .And("assignee = @assignee", "assignee", query.Assignee)
            .And("status = @status", "status", query.Status)
            .And("instance_id = @instance", "instance", query.InstanceId);
        var sql = where.Bind(new Sql(
            $"""
            SELECT {Rows.TaskColumns}
            FROM {T("tasks")}
            {where}
            ORDER BY due_at ASC NULLS LAST, created_at, id
            LIMIT @limit;
            """));
        return ListAsync(sql.With("limit", query.Limit), Rows.Task, cancellationToken);
    }

    public Task<PagedResult<InboxEntry>> ListInboxAsync(InboxQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var search = SearchPattern(query.Search);
        // The instance row gives the applicant's name and status; its large JSON columns stay unread. The open state is
        // written as a literal so that the planner matches the open-task index (migration 0016), which is partial on it.
        var where = new SqlFilter()
            .And("t.office = @office", "office", query.Office)
            .And($"t.status = '{TaskStates.Open}'", true)
            .And($"({Dialect.InRoles("t.role", "roles")} OR {Dialect.InRoles("t.escalated_to_role", "roles")})", "roles", query.Roles?.ToArray(),
                SqlArgumentKind.Roles)
            .And("t.definition_id = @definition", "definition", query.DefinitionId)
            .And("t.due_at < @overdue", "overdue", query.OverdueAt)
            .And("t.assignee IS NULL", query.Claim == InboxClaim.Unclaimed)
            .And("t.assignee = @user", "user", query.Claim == InboxClaim.Mine ? query.User ?? string.Empty : null)
            .And("t.assignee IS NOT NULL AND t.assignee <> @user", "user", query.Claim == InboxClaim.Others ? query.User ?? string.Empty : null)
            .And(SearchCondition("t.registration_number"), "search", search);
        var tables = $"{T("tasks")} t JOIN {T("instances")} i ON i.id = t.instance_id";
        // Every task has its instance (a foreign key), so without a search, which reads the instance, the total counts the
        // tasks alone: an index-only count of the office's open tasks instead of a join per open task.
        // Counted only up to the limit, one past it to know it was passed: the index walk stops there.
        var count = where.Bind(new Sql(
            $"SELECT count(*) FROM (SELECT 1 FROM {(search is null ? $"{T("tasks")} t" : tables)} {where} LIMIT @countLimit) c;"))
            .With("countLimit", query.CountLimit + 1);
        var page = where.Bind(new Sql(
            $"""
            SELECT {InboxTaskColumns}, i.applicant_name, i.status
            FROM {tables}
            {where}
            ORDER BY t.due_at ASC NULLS LAST, t.created_at, t.id
            LIMIT @limit OFFSET @offset;
            """));
        return ReadPageAsync(
            count,
            page,
            query.Page,
            query.PageSize,
            r => new InboxEntry(Rows.Task(r), r.GetString(19), r.GetString(20)),
            cancellationToken,
            query.CountLimit);
    }

    /// <summary>
    /// Page <paramref name="pageNumber"/> of a list and the total it is a page of, in one snapshot: <paramref name="count"/>
    /// counts the rows, <paramref name="page"/> selects them and ends in <c>LIMIT @limit OFFSET @offset</c>.
    /// </summary>
    private Task<PagedResult<T>> ReadPageAsync<T>(
        Sql count, Sql page, int pageNumber, int pageSize, Func<DbDataReader, T> read, CancellationToken cancellationToken, long? countLimit = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        page.With("limit", pageSize).With("offset", (long)(pageNumber - 1) * pageSize);
        return ReadAsync(
            [count, page],
            async (reader, token) =>
            {
                var total = await reader.ReadAsync(token) ? reader.GetInt64(0) : 0;
                await reader.NextResultAsync(token);
                var items = await reader.ListAsync(read, token);
                return total > countLimit
                    ? new PagedResult<T>(items, pageNumber, pageSize, countLimit.Value) { TotalIsLowerBound = true }
                    : new PagedResult<T>(items, pageNumber, pageSize, total);
            },
            oneSnapshot: true,
            cancellationToken);
    }

    /// <summary><see cref="Rows.TaskColumns"/> of the task row <c>t</c>.</summary>
    private static readonly string InboxTaskColumns = string.Join(", ", Rows.TaskColumns.Split(", ").Select(c => "t." + c));

    /// <summary>A part of the registration number, the applicant's name (any case) or the NIK, bound to <c>@search</c>.</summary>
    private string SearchCondition(string registrationNumber) =>
        $"(lower({registrationNumber}) LIKE @search ESCAPE '\\' OR lower(i.applicant_name) LIKE @search ESCAPE '\\' "
        + "OR i.applicant_nik LIKE @search ESCAPE '\\')";

    /// <summary>The <c>LIKE</c> pattern for a part of a value, its own wildcards escaped; null for no search.</summary>
    private static string? SearchPattern(string? search) =>
        string.IsNullOrWhiteSpace(search)
            ? null
            : "%" + search.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    public Task<bool> IsOfficeInvolvedAsync(Guid instanceId, string office, CancellationToken cancellationToken) =>
        ReadAsync(
            [
                new Sql($"SELECT EXISTS (SELECT 1 FROM {T("application_offices")} WHERE instance_id = @instance AND office = @office);")
                    .With("instance", instanceId).With("office", office),
            ],
            async (reader, token) => await reader.ReadAsync(token) && reader.GetBoolean(0),
            oneSnapshot: false,
            cancellationToken);

    public Task<IReadOnlyList<AuditEvent>> GetHistoryAsync(Guid instanceId, CancellationToken cancellationToken) =>
        ListAsync(
            new Sql($"SELECT {Rows.AuditColumns} FROM {T("audit_events")} WHERE instance_id = @instance ORDER BY sequence;")
                .With("instance", instanceId),
            Rows.Audit,
            cancellationToken);

    public Task<ApplicationSnapshot?> GetApplicationSnapshotAsync(Guid id, string taskStatus, CancellationToken cancellationToken) =>
        // Three statements in one round trip.
        ReadAsync(
            ApplicationSnapshotSql.Queries(Dialect, id, taskStatus),
            (reader, token) => ApplicationSnapshotSql.ReadAsync(reader, Rows, token),
            oneSnapshot: false,
            cancellationToken);
}
