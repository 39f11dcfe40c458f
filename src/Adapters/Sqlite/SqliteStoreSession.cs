using Microsoft.Data.Sqlite;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Sqlite;

/// <summary>
/// One <c>BEGIN IMMEDIATE</c> transaction on its own connection. It holds the database's write lock (and the store's
/// in-process gate) from the start, so no other writer can change what it reads before it commits or rolls back.
/// </summary>
internal sealed partial class SqliteStoreSession : IStoreSession
{
    private readonly SemaphoreSlim _writeGate;
    private bool _disposed;

    public SqliteStoreSession(SqliteConnection connection, SqliteTransaction transaction, SemaphoreSlim writeGate)
    {
        Connection = connection;
        Transaction = transaction;
        _writeGate = writeGate;
    }

    internal SqliteConnection Connection { get; }

    internal SqliteTransaction Transaction { get; }

    // The whole session is the lock, so this is a plain read.
    public async Task<InstanceRecord?> LockInstanceAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {SqliteRows.InstanceColumns} FROM instances WHERE id = @id;").With("@id", id);
        return await command.SingleOrDefaultAsync(SqliteRows.ReadInstance, cancellationToken);
    }

    // The session already holds the write lock, so nothing can change between the two reads.
    public async Task<LockedTask?> LockInstanceOfTaskAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var task = await GetTaskAsync(taskId, cancellationToken);
        var instance = task is null ? null : await LockInstanceAsync(task.InstanceId, cancellationToken);
        return instance is not null && task is not null ? new LockedTask(instance, task) : null;
    }

    public async Task<TaskRecord?> GetTaskAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {SqliteRows.TaskColumns} FROM tasks WHERE id = @id;").With("@id", id);
        return await command.SingleOrDefaultAsync(SqliteRows.ReadTask, cancellationToken);
    }

    public async Task<IReadOnlyList<TaskRecord>> GetTasksOfInstanceAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"SELECT {SqliteRows.TaskColumns} FROM tasks WHERE instance_id = @instance ORDER BY created_at, id;")
            .With("@instance", instanceId);
        return await command.ListAsync(SqliteRows.ReadTask, cancellationToken);
    }

    public async Task InsertInstanceAsync(InstanceRecord instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        await using var command = Command(
            """
            INSERT INTO instances (id, registration_number, definition_id, definition_version, status, result, applicant, data, state,
                                   tracking_token_hash, fault, revision, created_at, updated_at)
            VALUES (@id, @number, @definition, @version, @status, @result, @applicant, @data, @state,
                    @token, @fault, @revision, @created, @updated);
            """)
            .With("@id", instance.Id).With("@number", instance.RegistrationNumber).With("@definition", instance.DefinitionId)
            .With("@version", instance.DefinitionVersion).With("@status", instance.Status).With("@result", instance.Result)
            .With("@applicant", instance.ApplicantJson).With("@data", instance.DataJson).With("@state", instance.StateJson)
            .With("@token", instance.TrackingTokenHash).With("@fault", instance.Fault).With("@revision", instance.Revision)
            .With("@created", instance.CreatedAt).With("@updated", instance.UpdatedAt);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException exception) when (exception.IsUniqueViolation())
        {
            throw new ConcurrencyException(
                $"Instance {instance.Id} or registration number {instance.RegistrationNumber} already exists.", exception);
        }
    }

    public async Task UpdateInstanceAsync(InstanceRecord instance, int expectedRevision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        await using var command = Command(
            """
            UPDATE instances SET
                definition_version = @version, status = @status, result = @result, applicant = @applicant, data = @data,
                state = @state, tracking_token_hash = @token, fault = @fault, revision = @revision, updated_at = @updated
            WHERE id = @id AND revision = @expected;
            """)
            .With("@id", instance.Id).With("@expected", expectedRevision)
            .With("@version", instance.DefinitionVersion).With("@status", instance.Status).With("@result", instance.Result)
            .With("@applicant", instance.ApplicantJson).With("@data", instance.DataJson).With("@state", instance.StateJson)
            .With("@token", instance.TrackingTokenHash).With("@fault", instance.Fault).With("@revision", instance.Revision)
            .With("@updated", instance.UpdatedAt);
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
            INSERT INTO tasks ({SqliteRows.TaskColumns})
            VALUES (@id, @instance, @number, @definition, @activity, @title, @office, @role, @status, @assignee, @outcomes, @form,
                    @created, @due, @escalated, @outcome, @comment, @completedBy, @completedAt);
            """)
            .With("@id", task.Id).With("@instance", task.InstanceId).With("@number", task.RegistrationNumber)
            .With("@definition", task.DefinitionId).With("@created", task.CreatedAt);
        await WithMutableTaskColumns(command, task).ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task UpdateTaskAsync(TaskRecord task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        await using var command = Command(
            """
            UPDATE tasks SET
                activity_id = @activity, title = @title, office = @office, role = @role, status = @status, assignee = @assignee,
                outcomes = @outcomes, form = @form, due_at = @due, escalated_to_role = @escalated, outcome = @outcome,
                comment = @comment, completed_by = @completedBy, completed_at = @completedAt
            WHERE id = @id;
            """).With("@id", task.Id);
        if (await WithMutableTaskColumns(command, task).ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new InvalidOperationException($"Task {task.Id} does not exist.");
        }
    }

    public async Task AppendAuditAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        await using var command = Command(
            """
            INSERT INTO audit_events (instance_id, at, actor, activity_id, event, outcome, comment, details)
            VALUES (@instance, @at, @actor, @activity, @event, @outcome, @comment, @details);
            """)
            .With("@instance", auditEvent.InstanceId).With("@at", auditEvent.At).With("@actor", auditEvent.Actor)
            .With("@activity", auditEvent.ActivityId).With("@event", auditEvent.Event).With("@outcome", auditEvent.Outcome)
            .With("@comment", auditEvent.Comment).With("@details", auditEvent.DetailsJson);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task EnqueueOutboxAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var command = Command(
            """
            INSERT INTO outbox (id, instance_id, kind, payload, status, attempts, created_at, next_attempt_at, last_error)
            VALUES (@id, @instance, @kind, @payload, @status, @attempts, @created, @next, @error);
            """)
            .With("@id", message.Id).With("@instance", message.InstanceId).With("@kind", message.Kind).With("@payload", message.PayloadJson)
            .With("@status", message.Status).With("@attempts", message.Attempts).With("@created", message.CreatedAt)
            .With("@next", message.NextAttemptAt).With("@error", message.LastError);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task InsertTimerAsync(TimerRecord timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await using var command = Command(
            $"""
            INSERT INTO timers ({SqliteRows.TimerColumns})
            VALUES (@id, @instance, @kind, @activity, @task, @due, @fired, @cancelled);
            """)
            .With("@id", timer.Id).With("@instance", timer.InstanceId).With("@kind", timer.Kind).With("@activity", timer.ActivityId)
            .With("@task", timer.TaskId).With("@due", timer.DueAt).With("@fired", timer.FiredAt).With("@cancelled", timer.CancelledAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<TimerRecord?> GetTimerAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {SqliteRows.TimerColumns} FROM timers WHERE id = @id;").With("@id", id);
        return await command.SingleOrDefaultAsync(SqliteRows.ReadTimer, cancellationToken);
    }

    public async Task<IReadOnlyList<TimerRecord>> GetTimersOfTaskAsync(Guid taskId, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {SqliteRows.TimerColumns} FROM timers WHERE task_id = @task ORDER BY due_at, id;")
            .With("@task", taskId);
        return await command.ListAsync(SqliteRows.ReadTimer, cancellationToken);
    }

    public async Task<bool> MarkTimerFiredAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Command(
            "UPDATE timers SET fired_at = @at WHERE id = @id AND fired_at IS NULL AND cancelled_at IS NULL;")
            .With("@id", id).With("@at", at);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task CancelTimerAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Command(
            "UPDATE timers SET cancelled_at = @at WHERE id = @id AND fired_at IS NULL AND cancelled_at IS NULL;")
            .With("@id", id).With("@at", at);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task CancelTimersAsync(Guid instanceId, Guid? taskId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Command(
            taskId is null
                ? "UPDATE timers SET cancelled_at = @at WHERE instance_id = @instance AND fired_at IS NULL AND cancelled_at IS NULL;"
                : "UPDATE timers SET cancelled_at = @at " +
                  "WHERE instance_id = @instance AND task_id = @task AND fired_at IS NULL AND cancelled_at IS NULL;")
            .With("@instance", instanceId).With("@task", taskId).With("@at", at);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> NextSequenceAsync(string scope, CancellationToken cancellationToken)
    {
        await using var command = Command(
            """
            INSERT INTO sequences (scope, value) VALUES (@scope, 1)
            ON CONFLICT (scope) DO UPDATE SET value = value + 1
            RETURNING value;
            """).With("@scope", scope);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<string?> GetIdempotentResultAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT result FROM idempotency_keys WHERE key = @key;").With("@key", key);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task SaveIdempotentResultAsync(string key, string resultJson, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Command("INSERT INTO idempotency_keys (key, result, created_at) VALUES (@key, @result, @at);")
            .With("@key", key).With("@result", resultJson).With("@at", at);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException exception) when (exception.IsUniqueViolation())
        {
            throw new ConcurrencyException($"Idempotency key '{key}' is already used.", exception);
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            // Rolls back unless committed.
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static SqliteCommand WithMutableTaskColumns(SqliteCommand command, TaskRecord task) => command
        .With("@activity", task.ActivityId).With("@title", task.Title).With("@office", task.Office).With("@role", task.Role)
        .With("@status", task.Status).With("@assignee", task.Assignee).With("@outcomes", task.OutcomesJson).With("@form", task.FormJson)
        .With("@due", task.DueAt).With("@escalated", task.EscalatedToRole).With("@outcome", task.Outcome).With("@comment", task.Comment)
        .With("@completedBy", task.CompletedBy).With("@completedAt", task.CompletedAt);

    private SqliteCommand Command(string sql) => Connection.Command(sql, Transaction);
}
