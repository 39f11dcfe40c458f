using Npgsql;

namespace Mpp.Workflows.Engine.Persistence.Postgres;

/// <summary>
/// One READ COMMITTED transaction on a pooled connection. Writers to the same application meet at the instance row lock
/// taken by <see cref="LockInstanceAsync"/>; each statement after it sees everything committed before the lock was granted.
/// </summary>
internal sealed partial class PostgresStoreSession : IStoreSession
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly string _schema;
    private bool _disposed;

    public PostgresStoreSession(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema)
    {
        _connection = connection;
        _transaction = transaction;
        _schema = schema;
    }

    public async Task<InstanceRecord?> LockInstanceAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {PostgresRows.InstanceColumns} FROM {_schema}.instances WHERE id = @id FOR UPDATE;")
            .With("id", id);
        return await command.SingleOrDefaultAsync(PostgresRows.ReadInstance, cancellationToken);
    }

    public async Task<TaskRecord?> GetTaskAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {PostgresRows.TaskColumns} FROM {_schema}.tasks WHERE id = @id;").With("id", id);
        return await command.SingleOrDefaultAsync(PostgresRows.ReadTask, cancellationToken);
    }

    public async Task<IReadOnlyList<TaskRecord>> GetTasksOfInstanceAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"SELECT {PostgresRows.TaskColumns} FROM {_schema}.tasks WHERE instance_id = @instance ORDER BY created_at, id;")
            .With("instance", instanceId);
        return await command.ListAsync(PostgresRows.ReadTask, cancellationToken);
    }

    public async Task InsertInstanceAsync(InstanceRecord instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        await using var command = Command(
            $"""
            INSERT INTO {_schema}.instances (id, registration_number, definition_id, definition_version, status, result, applicant,
                                             data, state, tracking_token_hash, fault, revision, created_at, updated_at)
            VALUES (@id, @number, @definition, @version, @status, @result, @applicant, @data, @state,
                    @token, @fault, @revision, @created, @updated);
            """)
            .With("id", instance.Id).With("number", instance.RegistrationNumber).With("definition", instance.DefinitionId)
            .With("version", instance.DefinitionVersion).With("status", instance.Status).With("result", instance.Result)
            .WithJson("applicant", instance.ApplicantJson).WithJson("data", instance.DataJson).WithJson("state", instance.StateJson)
            .With("token", instance.TrackingTokenHash).With("fault", instance.Fault).With("revision", instance.Revision)
            .With("created", instance.CreatedAt).With("updated", instance.UpdatedAt);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.IsUniqueViolation())
        {
            throw new ConcurrencyException(
                $"Instance {instance.Id} or registration number {instance.RegistrationNumber} already exists.", exception);
        }
    }

    public async Task UpdateInstanceAsync(InstanceRecord instance, int expectedRevision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        await using var command = Command(
            $"""
            UPDATE {_schema}.instances SET
                definition_version = @version, status = @status, result = @result, applicant = @applicant, data = @data,
                state = @state, tracking_token_hash = @token, fault = @fault, revision = @revision, updated_at = @updated
            WHERE id = @id AND revision = @expected;
            """)
            .With("id", instance.Id).With("expected", expectedRevision)
            .With("version", instance.DefinitionVersion).With("status", instance.Status).With("result", instance.Result)
            .WithJson("applicant", instance.ApplicantJson).WithJson("data", instance.DataJson).WithJson("state", instance.StateJson)
            .With("token", instance.TrackingTokenHash).With("fault", instance.Fault).With("revision", instance.Revision)
            .With("updated", instance.UpdatedAt);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new ConcurrencyException($"Instance {instance.Id} is not at revision {expectedRevision}.");
        }
    }

    public async Task InsertTaskAsync(TaskRecord task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        await using var command = Command(
            $"""
            INSERT INTO {_schema}.tasks ({PostgresRows.TaskColumns})
            VALUES (@id, @instance, @number, @definition, @activity, @title, @office, @role, @status, @assignee, @outcomes, @form,
                    @created, @due, @escalated, @outcome, @comment, @completedBy, @completedAt);
            """)
            .With("id", task.Id).With("instance", task.InstanceId).With("number", task.RegistrationNumber)
            .With("definition", task.DefinitionId).With("created", task.CreatedAt);
        await WithMutableTaskColumns(command, task).ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task UpdateTaskAsync(TaskRecord task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        await using var command = Command(
            $"""
            UPDATE {_schema}.tasks SET
                activity_id = @activity, title = @title, office = @office, role = @role, status = @status, assignee = @assignee,
                outcomes = @outcomes, form = @form, due_at = @due, escalated_to_role = @escalated, outcome = @outcome,
                comment = @comment, completed_by = @completedBy, completed_at = @completedAt
            WHERE id = @id;
            """).With("id", task.Id);
        if (await WithMutableTaskColumns(command, task).ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new InvalidOperationException($"Task {task.Id} does not exist.");
        }
    }

    public async Task AppendAuditAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        await using var command = Command(
            $"""
            INSERT INTO {_schema}.audit_events (instance_id, at, actor, activity_id, event, outcome, comment, details)
            VALUES (@instance, @at, @actor, @activity, @event, @outcome, @comment, @details);
            """)
            .With("instance", auditEvent.InstanceId).With("at", auditEvent.At).With("actor", auditEvent.Actor)
            .With("activity", auditEvent.ActivityId).With("event", auditEvent.Event).With("outcome", auditEvent.Outcome)
            .With("comment", auditEvent.Comment).WithJson("details", auditEvent.DetailsJson);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task EnqueueOutboxAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var command = Command(
            $"""
            INSERT INTO {_schema}.outbox (id, instance_id, kind, payload, status, attempts, created_at, next_attempt_at, last_error)
            VALUES (@id, @instance, @kind, @payload, @status, @attempts, @created, @next, @error);
            """)
            .With("id", message.Id).With("instance", message.InstanceId).With("kind", message.Kind).WithJson("payload", message.PayloadJson)
            .With("status", message.Status).With("attempts", message.Attempts).With("created", message.CreatedAt)
            .With("next", message.NextAttemptAt).With("error", message.LastError);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task InsertTimerAsync(TimerRecord timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await using var command = Command(
            $"""
            INSERT INTO {_schema}.timers ({PostgresRows.TimerColumns})
            VALUES (@id, @instance, @kind, @activity, @task, @due, @fired, @cancelled);
            """)
            .With("id", timer.Id).With("instance", timer.InstanceId).With("kind", timer.Kind).With("activity", timer.ActivityId)
            .With("task", timer.TaskId).With("due", timer.DueAt).With("fired", timer.FiredAt).With("cancelled", timer.CancelledAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<TimerRecord?> GetTimerAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {PostgresRows.TimerColumns} FROM {_schema}.timers WHERE id = @id;").With("id", id);
        return await command.SingleOrDefaultAsync(PostgresRows.ReadTimer, cancellationToken);
    }

    public async Task<IReadOnlyList<TimerRecord>> GetTimersOfTaskAsync(Guid taskId, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {PostgresRows.TimerColumns} FROM {_schema}.timers WHERE task_id = @task ORDER BY due_at, id;")
            .With("task", taskId);
        return await command.ListAsync(PostgresRows.ReadTimer, cancellationToken);
    }

    public async Task<bool> MarkTimerFiredAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"UPDATE {_schema}.timers SET fired_at = @at WHERE id = @id AND fired_at IS NULL AND cancelled_at IS NULL;")
            .With("id", id).With("at", at);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task CancelTimerAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"UPDATE {_schema}.timers SET cancelled_at = @at WHERE id = @id AND fired_at IS NULL AND cancelled_at IS NULL;")
            .With("id", id).With("at", at);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task CancelTimersAsync(Guid instanceId, Guid? taskId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Command(
            taskId is null
                ? $"UPDATE {_schema}.timers SET cancelled_at = @at " +
                  "WHERE instance_id = @instance AND fired_at IS NULL AND cancelled_at IS NULL;"
                : $"UPDATE {_schema}.timers SET cancelled_at = @at " +
                  "WHERE instance_id = @instance AND task_id = @task AND fired_at IS NULL AND cancelled_at IS NULL;")
            .With("instance", instanceId).With("at", at);
        if (taskId is not null)
        {
            command.With("task", taskId.Value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> NextSequenceAsync(string scope, CancellationToken cancellationToken)
    {
        // The conflicting row is locked until commit, so concurrent sessions on one scope take turns.
        await using var command = Command(
            $"""
            INSERT INTO {_schema}.sequences AS s (scope, value) VALUES (@scope, 1)
            ON CONFLICT (scope) DO UPDATE SET value = s.value + 1
            RETURNING value;
            """).With("scope", scope);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<string?> GetIdempotentResultAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT result FROM {_schema}.idempotency_keys WHERE key = @key;").With("key", key);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task SaveIdempotentResultAsync(string key, string resultJson, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Command($"INSERT INTO {_schema}.idempotency_keys (key, result, created_at) VALUES (@key, @result, @at);")
            .With("key", key).WithJson("result", resultJson).With("at", at);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.IsUniqueViolation())
        {
            throw new ConcurrencyException($"Idempotency key '{key}' is already used.", exception);
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;

        // Rolls back unless committed, then returns the connection to the pool.
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static NpgsqlCommand WithMutableTaskColumns(NpgsqlCommand command, TaskRecord task) => command
        .With("activity", task.ActivityId).With("title", task.Title).With("office", task.Office).With("role", task.Role)
        .With("status", task.Status).With("assignee", task.Assignee).WithJson("outcomes", task.OutcomesJson).WithJson("form", task.FormJson)
        .With("due", task.DueAt).With("escalated", task.EscalatedToRole).With("outcome", task.Outcome).With("comment", task.Comment)
        .With("completedBy", task.CompletedBy).With("completedAt", task.CompletedAt);

    private NpgsqlCommand Command(string sql) => new(sql, _connection, _transaction);
}
