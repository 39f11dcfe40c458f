using Npgsql;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Postgres;

/// <summary>
/// One READ COMMITTED transaction on a pooled connection. Writers to the same application meet at the instance row lock
/// taken by <see cref="LockInstanceAsync"/>; each statement after it sees everything committed before the lock was granted.
/// </summary>
/// <remarks>
/// Writes are buffered: each write method only appends a statement (<see cref="Enqueue"/>), and the next read or the commit
/// sends the buffered statements and itself as one <see cref="NpgsqlBatch"/>, in order, so a command costs a round trip
/// per read instead of per statement. A write's error (unique violation, stale revision) therefore surfaces at that next
/// read or at <see cref="CommitAsync"/>. Every statement, including those of other partial files, must go through
/// <see cref="Enqueue"/> or <see cref="QueryAsync"/>: a command executed on the connection directly would overtake the buffer.
/// </remarks>
internal sealed partial class PostgresStoreSession : IStoreSession
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly string _schema;
    private readonly List<BufferedWrite> _pending = [];

    // What this transaction knows for certain, so that writes whose outcome is already settled need no row-count check
    // (a check means one more round trip before COMMIT). An instance row this session locked or inserted cannot change
    // except through this session; rows are never deleted, so a task or outbox row once seen exists until the end.
    private readonly Dictionary<Guid, int> _heldRevisions = [];
    private readonly HashSet<Guid> _seenTasks = [];
    private readonly HashSet<Guid> _seenOutbox = [];
    private bool _disposed;

    public PostgresStoreSession(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema)
    {
        _connection = connection;
        _transaction = transaction;
        _schema = schema;
    }

    public async Task<InstanceRecord?> LockInstanceAsync(Guid id, CancellationToken cancellationToken) =>
        Held(await QueryAsync(
            Statement($"SELECT {PostgresRows.InstanceColumns} FROM {_schema}.instances WHERE id = @id FOR UPDATE;").With("id", id),
            PostgresRows.ReadInstance,
            cancellationToken));

    public Task<LockedTask?> LockInstanceOfTaskAsync(Guid taskId, CancellationToken cancellationToken) =>
        // Two statements, not a join: under READ COMMITTED the task is read by a statement that starts after the lock is
        // granted, so it sees what the previous holder committed; a join's task columns would come from the older snapshot.
        QueryAsync(
            [
                Statement(
                    $"""
                    SELECT {PostgresRows.InstanceColumns} FROM {_schema}.instances
                    WHERE id = (SELECT instance_id FROM {_schema}.tasks WHERE id = @task)
                    FOR UPDATE;
                    """).With("task", taskId),
                Statement($"SELECT {PostgresRows.TaskColumns} FROM {_schema}.tasks WHERE id = @task;").With("task", taskId),
            ],
            async (reader, token) =>
            {
                var instance = await reader.SingleOrDefaultAsync(PostgresRows.ReadInstance, token);
                await reader.NextResultAsync(token);
                var task = await reader.SingleOrDefaultAsync(PostgresRows.ReadTask, token);
                return instance is not null && task is not null ? new LockedTask(Held(instance)!, Seen(task)!) : null;
            },
            cancellationToken);

    public async Task<TaskRecord?> GetTaskAsync(Guid id, CancellationToken cancellationToken) =>
        Seen(await QueryAsync(
            Statement($"SELECT {PostgresRows.TaskColumns} FROM {_schema}.tasks WHERE id = @id;").With("id", id),
            PostgresRows.ReadTask,
            cancellationToken));

    public Task<IReadOnlyList<TaskRecord>> GetTasksOfInstanceAsync(Guid instanceId, CancellationToken cancellationToken) =>
        QueryListAsync(
            Statement($"SELECT {PostgresRows.TaskColumns} FROM {_schema}.tasks WHERE instance_id = @instance ORDER BY created_at, id;")
                .With("instance", instanceId),
            PostgresRows.ReadTask,
            cancellationToken);

    public Task InsertInstanceAsync(InstanceRecord instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var statement = Statement(
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
        Enqueue(
            statement,
            new UniqueViolation("instances", $"Instance {instance.Id} or registration number {instance.RegistrationNumber} already exists."));
        _heldRevisions[instance.Id] = instance.Revision;
        return Task.CompletedTask;
    }

    public Task UpdateInstanceAsync(InstanceRecord instance, int expectedRevision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var statement = Statement(
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
        if (_heldRevisions.TryGetValue(instance.Id, out var held) && held == expectedRevision)
        {
            Enqueue(statement);
            _heldRevisions[instance.Id] = instance.Revision;
        }
        else
        {
            Enqueue(statement, whenNoRow: () => new ConcurrencyException($"Instance {instance.Id} is not at revision {expectedRevision}."));
            _heldRevisions.Remove(instance.Id);
        }

        return Task.CompletedTask;
    }

    public Task InsertTaskAsync(TaskRecord task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var statement = Statement(
            $"""
            INSERT INTO {_schema}.tasks ({PostgresRows.TaskColumns})
            VALUES (@id, @instance, @number, @definition, @activity, @title, @office, @role, @status, @assignee, @outcomes, @form,
                    @created, @due, @escalated, @outcome, @comment, @completedBy, @completedAt);
            """)
            .With("id", task.Id).With("instance", task.InstanceId).With("number", task.RegistrationNumber)
            .With("definition", task.DefinitionId).With("created", task.CreatedAt);
        Enqueue(WithMutableTaskColumns(statement, task));
        _seenTasks.Add(task.Id);
        return Task.CompletedTask;
    }

    public Task UpdateTaskAsync(TaskRecord task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var statement = Statement(
            $"""
            UPDATE {_schema}.tasks SET
                activity_id = @activity, title = @title, office = @office, role = @role, status = @status, assignee = @assignee,
                outcomes = @outcomes, form = @form, due_at = @due, escalated_to_role = @escalated, outcome = @outcome,
                comment = @comment, completed_by = @completedBy, completed_at = @completedAt
            WHERE id = @id;
            """).With("id", task.Id);
        Enqueue(
            WithMutableTaskColumns(statement, task),
            whenNoRow: _seenTasks.Contains(task.Id) ? null : () => new InvalidOperationException($"Task {task.Id} does not exist."));
        return Task.CompletedTask;
    }

    public Task AppendAuditAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        Enqueue(Statement(
            $"""
            INSERT INTO {_schema}.audit_events (instance_id, at, actor, activity_id, event, outcome, comment, details)
            VALUES (@instance, @at, @actor, @activity, @event, @outcome, @comment, @details);
            """)
            .With("instance", auditEvent.InstanceId).With("at", auditEvent.At).With("actor", auditEvent.Actor)
            .With("activity", auditEvent.ActivityId).With("event", auditEvent.Event).With("outcome", auditEvent.Outcome)
            .With("comment", auditEvent.Comment).WithJson("details", auditEvent.DetailsJson));
        return Task.CompletedTask;
    }

    public Task EnqueueOutboxAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Enqueue(Statement(
            $"""
            INSERT INTO {_schema}.outbox (id, instance_id, kind, payload, status, attempts, created_at, next_attempt_at, last_error)
            VALUES (@id, @instance, @kind, @payload, @status, @attempts, @created, @next, @error);
            """)
            .With("id", message.Id).With("instance", message.InstanceId).With("kind", message.Kind).WithJson("payload", message.PayloadJson)
            .With("status", message.Status).With("attempts", message.Attempts).With("created", message.CreatedAt)
            .With("next", message.NextAttemptAt).With("error", message.LastError));
        _seenOutbox.Add(message.Id);
        return Task.CompletedTask;
    }

    public Task InsertTimerAsync(TimerRecord timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        Enqueue(Statement(
            $"""
            INSERT INTO {_schema}.timers ({PostgresRows.TimerColumns})
            VALUES (@id, @instance, @kind, @activity, @task, @due, @fired, @cancelled);
            """)
            .With("id", timer.Id).With("instance", timer.InstanceId).With("kind", timer.Kind).With("activity", timer.ActivityId)
            .With("task", timer.TaskId).With("due", timer.DueAt).With("fired", timer.FiredAt).With("cancelled", timer.CancelledAt));
        return Task.CompletedTask;
    }

    public Task<TimerRecord?> GetTimerAsync(Guid id, CancellationToken cancellationToken) =>
        QueryAsync(
            Statement($"SELECT {PostgresRows.TimerColumns} FROM {_schema}.timers WHERE id = @id;").With("id", id),
            PostgresRows.ReadTimer,
            cancellationToken);

    public Task<IReadOnlyList<TimerRecord>> GetTimersOfTaskAsync(Guid taskId, CancellationToken cancellationToken) =>
        QueryListAsync(
            Statement($"SELECT {PostgresRows.TimerColumns} FROM {_schema}.timers WHERE task_id = @task ORDER BY due_at, id;")
                .With("task", taskId),
            PostgresRows.ReadTimer,
            cancellationToken);

    public Task<bool> MarkTimerFiredAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken) =>
        QueryAsync(
            [
                Statement(
                    $"UPDATE {_schema}.timers SET fired_at = @at WHERE id = @id AND fired_at IS NULL AND cancelled_at IS NULL RETURNING id;")
                    .With("id", id).With("at", at),
            ],
            (reader, token) => reader.ReadAsync(token),
            cancellationToken);

    public Task CancelTimerAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        Enqueue(Statement(
            $"UPDATE {_schema}.timers SET cancelled_at = @at WHERE id = @id AND fired_at IS NULL AND cancelled_at IS NULL;")
            .With("id", id).With("at", at));
        return Task.CompletedTask;
    }

    public Task CancelTimersAsync(Guid instanceId, Guid? taskId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var statement = Statement(
            taskId is null
                ? $"UPDATE {_schema}.timers SET cancelled_at = @at " +
                  "WHERE instance_id = @instance AND fired_at IS NULL AND cancelled_at IS NULL;"
                : $"UPDATE {_schema}.timers SET cancelled_at = @at " +
                  "WHERE instance_id = @instance AND task_id = @task AND fired_at IS NULL AND cancelled_at IS NULL;")
            .With("instance", instanceId).With("at", at);
        if (taskId is not null)
        {
            statement.With("task", taskId.Value);
        }

        Enqueue(statement);
        return Task.CompletedTask;
    }

    public Task<long> NextSequenceAsync(string scope, CancellationToken cancellationToken) =>
        // The conflicting row is locked until commit, so concurrent sessions on one scope take turns.
        QueryAsync(
            [
                Statement(
                    $"""
                    INSERT INTO {_schema}.sequences AS s (scope, value) VALUES (@scope, 1)
                    ON CONFLICT (scope) DO UPDATE SET value = s.value + 1
                    RETURNING value;
                    """).With("scope", scope),
            ],
            async (reader, token) => await reader.ReadAsync(token) ? reader.GetInt64(0) : throw new InvalidOperationException("No sequence value."),
            cancellationToken);

    public Task<string?> GetIdempotentResultAsync(string key, CancellationToken cancellationToken) =>
        QueryAsync(
            [Statement($"SELECT result FROM {_schema}.idempotency_keys WHERE key = @key;").With("key", key)],
            async (reader, token) => await reader.ReadAsync(token) ? reader.GetString(0) : null,
            cancellationToken);

    public Task SaveIdempotentResultAsync(string key, string resultJson, DateTimeOffset at, CancellationToken cancellationToken)
    {
        Enqueue(
            Statement($"INSERT INTO {_schema}.idempotency_keys (key, result, created_at) VALUES (@key, @result, @at);")
                .With("key", key).WithJson("result", resultJson).With("at", at),
            new UniqueViolation("idempotency_keys", $"Idempotency key '{key}' is already used."));
        return Task.CompletedTask;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        // A row-count check can only be made once the statement has run, so COMMIT rides along with the buffered writes
        // only when none of them needs one.
        if (_pending.Exists(write => write.WhenNoRow is not null))
        {
            await FlushAsync(null, cancellationToken);
            await _transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await FlushAsync(new NpgsqlBatchCommand("COMMIT;"), cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _pending.Clear();

        // Rolls back unless committed, then returns the connection to the pool.
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static NpgsqlBatchCommand WithMutableTaskColumns(NpgsqlBatchCommand statement, TaskRecord task) => statement
        .With("activity", task.ActivityId).With("title", task.Title).With("office", task.Office).With("role", task.Role)
        .With("status", task.Status).With("assignee", task.Assignee).WithJson("outcomes", task.OutcomesJson).WithJson("form", task.FormJson)
        .With("due", task.DueAt).With("escalated", task.EscalatedToRole).With("outcome", task.Outcome).With("comment", task.Comment)
        .With("completedBy", task.CompletedBy).With("completedAt", task.CompletedAt);

    private static NpgsqlBatchCommand Statement(string sql) => new(sql);

    private InstanceRecord? Held(InstanceRecord? locked)
    {
        if (locked is not null)
        {
            _heldRevisions[locked.Id] = locked.Revision;
        }

        return locked;
    }

    private TaskRecord? Seen(TaskRecord? task)
    {
        if (task is not null)
        {
            _seenTasks.Add(task.Id);
        }

        return task;
    }

    /// <summary>
    /// Buffers a write until the next read or the commit. A unique violation of the statement becomes a
    /// <see cref="ConcurrencyException"/> when <paramref name="onUniqueViolation"/> is given; <paramref name="whenNoRow"/> is
    /// the exception to throw when the statement changed no row.
    /// </summary>
    private void Enqueue(NpgsqlBatchCommand statement, UniqueViolation? onUniqueViolation = null, Func<Exception>? whenNoRow = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _pending.Add(new BufferedWrite(statement, onUniqueViolation, whenNoRow));
    }

    private Task<T?> QueryAsync<T>(NpgsqlBatchCommand query, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
        where T : class =>
        QueryAsync([query], (reader, token) => reader.SingleOrDefaultAsync(read, token), cancellationToken);

    private Task<IReadOnlyList<T>> QueryListAsync<T>(NpgsqlBatchCommand query, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken) =>
        QueryAsync([query], (reader, token) => reader.ListAsync(read, token), cancellationToken);

    /// <summary>
    /// Sends the buffered writes followed by <paramref name="queries"/> in one round trip and lets <paramref name="read"/>
    /// consume the queries' results (the writes return none, so the reader starts at the first query's rows).
    /// </summary>
    private async Task<T> QueryAsync<T>(
        IReadOnlyList<NpgsqlBatchCommand> queries, Func<NpgsqlDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var writes = TakePending();
        await using var batch = Batch(writes, queries);
        T result;
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            result = await read(reader, cancellationToken);
        }
        catch (PostgresException exception) when (Conflict(writes, exception) is { } conflict)
        {
            throw conflict;
        }

        CheckRowCounts(writes);
        return result;
    }

    /// <summary>Sends the buffered writes, and <paramref name="last"/> when given, in one round trip.</summary>
    private async Task FlushAsync(NpgsqlBatchCommand? last, CancellationToken cancellationToken)
    {
        var writes = TakePending();
        if (writes.Count == 0 && last is null)
        {
            return;
        }

        await using var batch = Batch(writes, last is null ? [] : [last]);
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (Conflict(writes, exception) is { } conflict)
        {
            throw conflict;
        }

        CheckRowCounts(writes);
    }

    private List<BufferedWrite> TakePending()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var writes = new List<BufferedWrite>(_pending);
        _pending.Clear();
        return writes;
    }

    private NpgsqlBatch Batch(List<BufferedWrite> writes, IReadOnlyList<NpgsqlBatchCommand> queries)
    {
        var batch = new NpgsqlBatch(_connection, _transaction);
        foreach (var write in writes)
        {
            batch.BatchCommands.Add(write.Statement);
        }

        foreach (var query in queries)
        {
            batch.BatchCommands.Add(query);
        }

        return batch;
    }

    /// <summary>
    /// The <see cref="ConcurrencyException"/> a unique violation of a buffered write stands for, or null. Npgsql names the
    /// failed statement only with <c>Include Failed Batched Command</c>; without it, the failed one is the first insert into
    /// the reported table that has not completed (completed inserts report their row).
    /// </summary>
    private static ConcurrencyException? Conflict(List<BufferedWrite> writes, PostgresException exception)
    {
        if (!exception.IsUniqueViolation())
        {
            return null;
        }

        var failed = exception.BatchCommand is { } statement
            ? writes.Find(write => ReferenceEquals(write.Statement, statement))
            : writes.Find(write => write.OnUniqueViolation?.Table == exception.TableName && write.Statement.RecordsAffected <= 0);
        return failed?.OnUniqueViolation is { } violation ? new ConcurrencyException(violation.Message, exception) : null;
    }

    private static void CheckRowCounts(List<BufferedWrite> writes)
    {
        foreach (var write in writes)
        {
            if (write.WhenNoRow is not null && write.Statement.RecordsAffected == 0)
            {
                throw write.WhenNoRow();
            }
        }
    }

    private sealed record BufferedWrite(NpgsqlBatchCommand Statement, UniqueViolation? OnUniqueViolation, Func<Exception>? WhenNoRow);

    /// <summary>A unique index of <paramref name="Table"/> the write may hit, and what the conflict means.</summary>
    private sealed record UniqueViolation(string Table, string Message);
}
