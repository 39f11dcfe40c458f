using Npgsql;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Postgres;

public sealed partial class PostgresWorkflowStore
{
    public async Task<InstanceRecord?> GetInstanceAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT {PostgresRows.InstanceColumns} FROM {Schema}.instances WHERE id = @id;").With("id", id);
        return await command.SingleOrDefaultAsync(PostgresRows.ReadInstance, cancellationToken);
    }

    public async Task<InstanceRecord?> FindInstanceByRegistrationNumberAsync(string registrationNumber, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT {PostgresRows.InstanceColumns} FROM {Schema}.instances WHERE registration_number = @number;")
            .With("number", registrationNumber);
        return await command.SingleOrDefaultAsync(PostgresRows.ReadInstance, cancellationToken);
    }

    public async Task<PagedResult<InstanceSummary>> ListInstancesAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);

        var where = new StringBuilder("WHERE true");
        var filters = new List<NpgsqlParameter>();
        if (query.Status is not null)
        {
            where.Append(" AND i.status = @status");
            filters.Add(new NpgsqlParameter("status", query.Status));
        }

        if (query.DefinitionId is not null)
        {
            where.Append(" AND i.definition_id = @definition");
            filters.Add(new NpgsqlParameter("definition", query.DefinitionId));
        }

        if (query.VisibleToOffice is not null)
        {
            where.Append($" AND EXISTS (SELECT 1 FROM {Schema}.tasks t WHERE t.instance_id = i.id AND t.office = @office)");
            filters.Add(new NpgsqlParameter("office", query.VisibleToOffice));
        }

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);

        // One snapshot for the page and the total.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {Schema}.instances i {where};", connection, transaction);
        count.Parameters.AddRange(filters.Select(p => p.Clone()).ToArray());
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;

        await using var page = new NpgsqlCommand(
            $"""
            SELECT i.id, i.registration_number, i.definition_id, i.definition_version, i.status, i.result, i.applicant_name,
                   i.created_at, i.updated_at
            FROM {Schema}.instances i
            {where}
            ORDER BY i.created_at DESC, i.id
            LIMIT @limit OFFSET @offset;
            """,
            connection,
            transaction);
        page.Parameters.AddRange(filters.ToArray());
        page.With("limit", query.PageSize).With("offset", (long)(query.Page - 1) * query.PageSize);
        var items = await page.ListAsync(
            r => new InstanceSummary(
                r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.NullableString(5), r.GetString(6),
                r.Instant(7), r.Instant(8)),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PagedResult<InstanceSummary>(items, query.Page, query.PageSize, total);
    }

    public async Task<TaskRecord?> GetTaskAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {PostgresRows.TaskColumns} FROM {Schema}.tasks WHERE id = @id;")
            .With("id", id);
        return await command.SingleOrDefaultAsync(PostgresRows.ReadTask, cancellationToken);
    }

    public async Task<IReadOnlyList<TaskRecord>> ListTasksAsync(TaskQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        await using var command = _dataSource.CreateCommand();
        var where = new StringBuilder("WHERE true");
        if (query.Office is not null)
        {
            where.Append(" AND office = @office");
            command.With("office", query.Office);
        }

        if (query.Roles is not null)
        {
            where.Append(" AND (role = ANY (@roles) OR escalated_to_role = ANY (@roles))");
            command.With("roles", query.Roles.ToArray());
        }

        if (query.Assignee is not null)
        {
            where.Append(" AND assignee = @assignee");
            command.With("assignee", query.Assignee);
        }

        if (query.Status is not null)
        {
            where.Append(" AND status = @status");
            command.With("status", query.Status);
        }

        if (query.InstanceId is not null)
        {
            where.Append(" AND instance_id = @instance");
            command.With("instance", query.InstanceId.Value);
        }

        command.CommandText =
            $"""
            SELECT {PostgresRows.TaskColumns}
            FROM {Schema}.tasks
            {where}
            ORDER BY due_at ASC NULLS LAST, created_at, id
            LIMIT @limit;
            """;
        command.With("limit", query.Limit);
        return await command.ListAsync(PostgresRows.ReadTask, cancellationToken);
    }

    public async Task<bool> IsOfficeInvolvedAsync(Guid instanceId, string office, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT EXISTS (SELECT 1 FROM {Schema}.tasks WHERE instance_id = @instance AND office = @office);")
            .With("instance", instanceId).With("office", office);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<AuditEvent>> GetHistoryAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT {PostgresRows.AuditColumns} FROM {Schema}.audit_events WHERE instance_id = @instance ORDER BY sequence;")
            .With("instance", instanceId);
        return await command.ListAsync(PostgresRows.ReadAuditEvent, cancellationToken);
    }

    public async Task<ApplicationSnapshot?> GetApplicationSnapshotAsync(Guid id, string taskStatus, CancellationToken cancellationToken)
    {
        // Three statements in one round trip; like separate reads, each sees what was committed when it started.
        await using var batch = _dataSource.CreateBatch();
        batch.BatchCommands.Add(
            new NpgsqlBatchCommand($"SELECT {PostgresRows.InstanceColumns} FROM {Schema}.instances WHERE id = @id;").With("id", id));
        batch.BatchCommands.Add(
            new NpgsqlBatchCommand(
                $"""
                SELECT {PostgresRows.TaskColumns} FROM {Schema}.tasks
                WHERE instance_id = @instance AND status = @status
                ORDER BY due_at ASC NULLS LAST, created_at, id;
                """).With("instance", id).With("status", taskStatus));
        batch.BatchCommands.Add(
            new NpgsqlBatchCommand(
                $"SELECT {PostgresRows.AuditColumns} FROM {Schema}.audit_events WHERE instance_id = @instance ORDER BY sequence;")
                .With("instance", id));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var instance = await reader.SingleOrDefaultAsync(PostgresRows.ReadInstance, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        await reader.NextResultAsync(cancellationToken);
        var tasks = await reader.ListAsync(PostgresRows.ReadTask, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var history = await reader.ListAsync(PostgresRows.ReadAuditEvent, cancellationToken);
        return new ApplicationSnapshot(instance, tasks, history);
    }
}
