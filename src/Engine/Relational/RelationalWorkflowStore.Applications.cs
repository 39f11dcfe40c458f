using Mpp.Workflows.Engine.Persistence;

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

    public async Task<PagedResult<InstanceSummary>> ListInstancesAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);

        var where = new SqlFilter()
            .And("i.status = @status", "status", query.Status)
            .And("i.definition_id = @definition", "definition", query.DefinitionId)
            .And($"EXISTS (SELECT 1 FROM {T("tasks")} t WHERE t.instance_id = i.id AND t.office = @office)", "office", query.VisibleToOffice);
        var count = where.Bind(new Sql($"SELECT count(*) FROM {T("instances")} i {where};"));
        var page = where.Bind(new Sql(
            $"""
            SELECT {Rows.InstanceSummaryColumns}
            FROM {T("instances")} i
            {where}
            ORDER BY i.created_at DESC, i.id
            LIMIT @limit OFFSET @offset;
            """));
        page.With("limit", query.PageSize).With("offset", (long)(query.Page - 1) * query.PageSize);

        // One snapshot for the page and the total.
        return await ReadAsync(
            [count, page],
            async (reader, token) =>
            {
                var total = await reader.ReadAsync(token) ? reader.GetInt64(0) : 0;
                await reader.NextResultAsync(token);
                var items = await reader.ListAsync(Rows.ReadInstanceSummary, token);
                return new PagedResult<InstanceSummary>(items, query.Page, query.PageSize, total);
            },
            oneSnapshot: true,
            cancellationToken);
    }

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

    public Task<bool> IsOfficeInvolvedAsync(Guid instanceId, string office, CancellationToken cancellationToken) =>
        ReadAsync(
            [
                new Sql($"SELECT EXISTS (SELECT 1 FROM {T("tasks")} WHERE instance_id = @instance AND office = @office);")
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
            [
                new Sql($"SELECT {Rows.InstanceColumns} FROM {T("instances")} WHERE id = @id;").With("id", id),
                new Sql(
                    $"""
                    SELECT {Rows.TaskColumns} FROM {T("tasks")}
                    WHERE instance_id = @instance AND status = @status
                    ORDER BY due_at ASC NULLS LAST, created_at, id;
                    """).With("instance", id).With("status", taskStatus),
                new Sql($"SELECT {Rows.AuditColumns} FROM {T("audit_events")} WHERE instance_id = @instance ORDER BY sequence;")
                    .With("instance", id),
            ],
            async (reader, token) =>
            {
                var instance = await reader.SingleOrDefaultAsync(Rows.Instance, token);
                if (instance is null)
                {
                    return null;
                }

                await reader.NextResultAsync(token);
                var tasks = await reader.ListAsync(Rows.Task, token);
                await reader.NextResultAsync(token);
                var history = await reader.ListAsync(Rows.Audit, token);
                return new ApplicationSnapshot(instance, tasks, history);
            },
            oneSnapshot: false,
            cancellationToken);
}
