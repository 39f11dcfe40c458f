using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Sqlite;

public sealed partial class SqliteWorkflowStore
{
    public async Task<InstanceRecord?> GetInstanceAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {SqliteRows.InstanceColumns} FROM instances WHERE id = @id;").With("@id", id);
        return await command.SingleOrDefaultAsync(SqliteRows.ReadInstance, cancellationToken);
    }

    public async Task<InstanceRecord?> FindInstanceByRegistrationNumberAsync(string registrationNumber, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {SqliteRows.InstanceColumns} FROM instances WHERE registration_number = @number;").With("@number", registrationNumber);
        return await command.SingleOrDefaultAsync(SqliteRows.ReadInstance, cancellationToken);
    }

    public async Task<PagedResult<InstanceSummary>> ListInstancesAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);

        var where = new StringBuilder("WHERE 1 = 1");
        if (query.Status is not null)
        {
            where.Append(" AND i.status = @status");
        }

        if (query.DefinitionId is not null)
        {
            where.Append(" AND i.definition_id = @definition");
        }

        if (query.VisibleToOffice is not null)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM tasks t WHERE t.instance_id = i.id AND t.office = @office)");
        }

        await using var connection = await OpenAsync(cancellationToken);

        // One read transaction so that the page and the total describe the same snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var count = connection.Command($"SELECT count(*) FROM instances i {where};", transaction)
            .With("@status", query.Status).With("@definition", query.DefinitionId).With("@office", query.VisibleToOffice);
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;

        await using var page = connection.Command(
            $"""
            SELECT i.id, i.registration_number, i.definition_id, i.definition_version, i.status, i.result, i.applicant_name,
                   i.created_at, i.updated_at
            FROM instances i
            {where}
            ORDER BY i.created_at DESC, i.id
            LIMIT @limit OFFSET @offset;
            """,
            transaction)
            .With("@status", query.Status).With("@definition", query.DefinitionId).With("@office", query.VisibleToOffice)
            .With("@limit", query.PageSize).With("@offset", (long)(query.Page - 1) * query.PageSize);
        var items = await page.ListAsync(
            r => new InstanceSummary(
                r.Id(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.NullableString(5), r.GetString(6),
                r.Instant(7), r.Instant(8)),
            cancellationToken);
        return new PagedResult<InstanceSummary>(items, query.Page, query.PageSize, total);
    }

    public async Task<TaskRecord?> GetTaskAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {SqliteRows.TaskColumns} FROM tasks WHERE id = @id;").With("@id", id);
        return await command.SingleOrDefaultAsync(SqliteRows.ReadTask, cancellationToken);
    }

    public async Task<IReadOnlyList<TaskRecord>> ListTasksAsync(TaskQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var where = new StringBuilder("WHERE 1 = 1");
        if (query.Office is not null)
        {
            where.Append(" AND office = @office");
        }

        if (query.Roles is not null)
        {
            where.Append(
                " AND (role IN (SELECT value FROM json_each(@roles)) OR escalated_to_role IN (SELECT value FROM json_each(@roles)))");
        }

        if (query.Assignee is not null)
        {
            where.Append(" AND assignee = @assignee");
        }

        if (query.Status is not null)
        {
            where.Append(" AND status = @status");
        }

        if (query.InstanceId is not null)
        {
            where.Append(" AND instance_id = @instance");
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT {SqliteRows.TaskColumns}
            FROM tasks
            {where}
            ORDER BY due_at ASC NULLS LAST, created_at, id
            LIMIT @limit;
            """)
            .With("@office", query.Office).With("@roles", query.Roles?.ToArray()).With("@assignee", query.Assignee)
            .With("@status", query.Status).With("@instance", query.InstanceId).With("@limit", query.Limit);
        return await command.ListAsync(SqliteRows.ReadTask, cancellationToken);
    }

    public async Task<bool> IsOfficeInvolvedAsync(Guid instanceId, string office, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT EXISTS (SELECT 1 FROM tasks WHERE instance_id = @instance AND office = @office);")
            .With("@instance", instanceId).With("@office", office);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
    }

    public async Task<IReadOnlyList<AuditEvent>> GetHistoryAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {SqliteRows.AuditColumns} FROM audit_events WHERE instance_id = @instance ORDER BY sequence;")
            .With("@instance", instanceId);
        return await command.ListAsync(SqliteRows.ReadAuditEvent, cancellationToken);
    }

    public async Task<ApplicationSnapshot?> GetApplicationSnapshotAsync(Guid id, string taskStatus, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);

        // One read transaction, so that the three reads describe the same moment.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var instanceCommand = connection.Command(
            $"SELECT {SqliteRows.InstanceColumns} FROM instances WHERE id = @id;", transaction).With("@id", id);
        var instance = await instanceCommand.SingleOrDefaultAsync(SqliteRows.ReadInstance, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        await using var tasksCommand = connection.Command(
            $"""
            SELECT {SqliteRows.TaskColumns} FROM tasks
            WHERE instance_id = @instance AND status = @status
            ORDER BY due_at ASC NULLS LAST, created_at, id;
            """,
            transaction)
            .With("@instance", id).With("@status", taskStatus);
        var tasks = await tasksCommand.ListAsync(SqliteRows.ReadTask, cancellationToken);
        await using var historyCommand = connection.Command(
            $"SELECT {SqliteRows.AuditColumns} FROM audit_events WHERE instance_id = @instance ORDER BY sequence;", transaction)
            .With("@instance", id);
        var history = await historyCommand.ListAsync(SqliteRows.ReadAuditEvent, cancellationToken);
        return new ApplicationSnapshot(instance, tasks, history);
    }
}
