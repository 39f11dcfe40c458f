using System.Data.Common;

namespace Mpp.Workflows.Engine.Relational;

/// <summary>A unique index of <paramref name="Table"/> a write may hit, and what the conflict means.</summary>
public sealed record UniqueViolation(string Table, string Message);

/// <summary>
/// The session's statements, written once. How they are sent is the subclass's:
/// <see cref="WriteAsync(Sql, UniqueViolation?, Func{Exception}?, CancellationToken)"/> may run a write at once or buffer
/// it until the next <see cref="QueryAsync{T}"/> or the commit (a buffered write's error then surfaces there), and the
/// subclass owns the transaction and its lock.
/// </summary>
/// <remarks>
/// The session remembers what its transaction knows for certain, so that writes whose outcome is already settled need no
/// row-count check: an instance row this session locked or inserted cannot change except through this session; rows are
/// never deleted, so a task or outbox row once seen exists until the end.
/// </remarks>
public abstract partial class RelationalStoreSession : IStoreSession
{
    private readonly Dictionary<Guid, int> _heldRevisions = [];
    private readonly HashSet<Guid> _seenTasks = [];
    private readonly HashSet<Guid> _seenOutbox = [];

    protected RelationalStoreSession(SqlDialect dialect, Rows rows)
    {
        Dialect = dialect;
        Rows = rows;
    }

    protected SqlDialect Dialect { get; }

    protected Rows Rows { get; }

    public async Task<InstanceRecord?> LockInstanceAsync(Guid id, CancellationToken cancellationToken) =>
        Held(await QueryAsync(
            new Sql($"SELECT {Rows.InstanceColumns} FROM {T("instances")} WHERE id = @id{Dialect.ForUpdate};").With("id", id),
            Rows.Instance,
            cancellationToken));

    public Task<LockedTask?> LockInstanceOfTaskAsync(Guid taskId, CancellationToken cancellationToken) =>
        // Two statements, not a join: under READ COMMITTED the task is read by a statement that starts after the lock is
        // granted, so it sees what the previous holder committed; a join's task columns would come from the older snapshot.
        QueryAsync(
            [
                new Sql(
                    $"""
                    SELECT {Rows.InstanceColumns} FROM {T("instances")}
                    WHERE id = (SELECT instance_id FROM {T("tasks")} WHERE id = @task){Dialect.ForUpdate};
                    """).With("task", taskId),
                new Sql($"SELECT {Rows.TaskColumns} FROM {T("tasks")} WHERE id = @task;").With("task", taskId),
            ],
            async (reader, token) =>
            {
                var instance = await reader.SingleOrDefaultAsync(Rows.Instance, token);
                await reader.NextResultAsync(token);
                var task = await reader.SingleOrDefaultAsync(Rows.Task, token);
                return instance is not null && task is not null ? new LockedTask(Held(instance)!, Seen(task)!) : null;
            },
            cancellationToken);

    public async Task<TaskRecord?> GetTaskAsync(Guid id, CancellationToken cancellationToken) =>
        Seen(await QueryAsync(new Sql($"SELECT {Rows.TaskColumns} FROM {T("tasks")} WHERE id = @id;").With("id", id), Rows.Task, cancellationToken));

    public Task<IReadOnlyList<TaskRecord>> GetTasksOfInstanceAsync(Guid instanceId, CancellationToken cancellationToken) =>
        QueryListAsync(
            new Sql($"SELECT {Rows.TaskColumns} FROM {T("tasks")} WHERE instance_id = @instance ORDER BY created_at, id;")
                .With("instance", instanceId),
            Rows.Task,
            cancellationToken);

    public Task InsertInstanceAsync(InstanceRecord instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var statement = new Sql(
            $"""
            INSERT INTO {T("instances")} ({Rows.InstanceColumns})
            VALUES (@id, @number, @definition, @version, @status, @result, @applicant, @data, @state,
                    @token, @fault, @revision, @created, @updated);
            """)
            .With("id", instance.Id).With("number", instance.RegistrationNumber).With("definition", instance.DefinitionId)
            .With("version", instance.DefinitionVersion).With("status", instance.Status).With("result", instance.Result)
            .WithJson("applicant", instance.ApplicantJson).WithJson("data", instance.DataJson).WithJson("state", instance.StateJson)
            .With("token", instance.TrackingTokenHash).With("fault", instance.Fault).With("revision", instance.Revision)
            .With("created", instance.CreatedAt).With("updated", instance.UpdatedAt);
        var write = WriteAsync(
            statement,
            new UniqueViolation("instances", $"Instance {instance.Id} or registration number {instance.RegistrationNumber} already exists."),
            null,
            cancellationToken);
        _heldRevisions[instance.Id] = instance.Revision;
        return write;
    }

    public Task UpdateInstanceAsync(InstanceRecord instance, int expectedRevision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var statement = new Sql(
            $"""
            UPDATE {T("instances")} SET
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
            var write = WriteAsync(statement, cancellationToken);
            _heldRevisions[instance.Id] = instance.Revision;
            return write;
        }

        _heldRevisions.Remove(instance.Id);
        return WriteAsync(
            statement, null, () => new ConcurrencyException($"Instance {instance.Id} is not at revision {expectedRevision}."), cancellationToken);
    }

    public Task InsertTaskAsync(TaskRecord task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var statement = new Sql(
            $"""
            INSERT INTO {T("tasks")} ({Rows.TaskColumns})
            VALUES (@id, @instance, @number, @definition, @activity, @title, @office, @role, @status, @assignee, @outcomes, @form,
                    @created, @due, @escalated, @outcome, @comment, @completedBy, @completedAt);
            """)
            .With("id", task.Id).With("instance", task.InstanceId).With("number", task.RegistrationNumber)
            .With("definition", task.DefinitionId).With("created", task.CreatedAt);
        var write = WriteAsync(WithMutableTaskColumns(statement, task), cancellationToken);
        _seenTasks.Add(task.Id);
        return write;
    }

    public Task UpdateTaskAsync(TaskRecord task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var statement = new Sql(
            $"""
            UPDATE {T("tasks")} SET
                activity_id = @activity, title = @title, office = @office, role = @role, status = @status, assignee = @assignee,
                outcomes = @outcomes, form = @form, due_at = @due, escalated_to_role = @escalated, outcome = @outcome,
                comment = @comment, completed_by = @completedBy, completed_at = @completedAt
            WHERE id = @id;
            """).With("id", task.Id);
        return WriteAsync(
            WithMutableTaskColumns(statement, task),
            null,
            _seenTasks.Contains(task.Id) ? null : () => new InvalidOperationException($"Task {task.Id} does not exist."),
            cancellationToken);
    }

    public Task AppendAuditAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        return WriteAsync(
            new Sql(
                $"""
                INSERT INTO {T("audit_events")} (instance_id, at, actor, activity_id, event, outcome, comment, details)
                VALUES (@instance, @at, @actor, @activity, @event, @outcome, @comment, @details);
                """)
                .With("instance", auditEvent.InstanceId).With("at", auditEvent.At).With("actor", auditEvent.Actor)
                .With("activity", auditEvent.ActivityId).With("event", auditEvent.Event).With("outcome", auditEvent.Outcome)
                .With("comment", auditEvent.Comment).WithJson("details", auditEvent.DetailsJson),
            cancellationToken);
    }

    public Task EnqueueOutboxAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var write = WriteAsync(
            new Sql(
                $"""
                INSERT INTO {T("outbox")} ({Rows.OutboxColumns})
                VALUES (@id, @instance, @kind, @payload, @status, @attempts, @created, @next, @error, @lease);
                """)
                .With("id", message.Id).With("instance", message.InstanceId).With("kind", message.Kind).WithJson("payload", message.PayloadJson)
                .With("status", message.Status).With("attempts", message.Attempts).With("created", message.CreatedAt)
                .With("next", message.NextAttemptAt).With("error", message.LastError).With("lease", message.LeaseToken),
            cancellationToken);
        _seenOutbox.Add(message.Id);
        return write;
    }

    public Task<long> NextSequenceAsync(string scope, CancellationToken cancellationToken) =>
        // The conflicting row is locked until commit, so concurrent sessions on one scope take turns.
        QueryAsync(
            [
                new Sql(
                    $"""
                    INSERT INTO {T("sequences")} AS s (scope, value) VALUES (@scope, 1)
                    ON CONFLICT (scope) DO UPDATE SET value = s.value + 1
                    RETURNING value;
                    """).With("scope", scope),
            ],
            async (reader, token) => await reader.ReadAsync(token) ? reader.GetInt64(0) : throw new InvalidOperationException("No sequence value."),
            cancellationToken);

    public Task<string?> GetIdempotentResultAsync(string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        QueryAsync(
            [new Sql($"SELECT result FROM {T("idempotency_keys")} WHERE key = @key AND expires_at > @now;").With("key", key).With("now", now)],
            async (reader, token) => await reader.ReadAsync(token) ? reader.GetString(0) : null,
            cancellationToken);

    public async Task SaveIdempotentResultAsync(
        string key, string resultJson, DateTimeOffset at, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        // An expired key is new again: its old row gives way (a live one stays and the insert below conflicts with it).
        await WriteAsync(
            new Sql($"DELETE FROM {T("idempotency_keys")} WHERE key = @key AND expires_at <= @at;").With("key", key).With("at", at),
            cancellationToken).ConfigureAwait(false);
        await WriteAsync(
            new Sql(
                $"""
                INSERT INTO {T("idempotency_keys")} (key, result, created_at, expires_at) VALUES (@key, @result, @at, @expires);
                """)
                .With("key", key).WithJson("result", resultJson).With("at", at).With("expires", expiresAt),
            new UniqueViolation("idempotency_keys", $"Idempotency key '{key}' is already used."),
            null,
            cancellationToken).ConfigureAwait(false);
    }

    public Task ReplaceIdempotentResultAsync(string key, string resultJson, CancellationToken cancellationToken) =>
        WriteAsync(
            new Sql($"UPDATE {T("idempotency_keys")} SET result = @result WHERE key = @key;").With("key", key).WithJson("result", resultJson),
            cancellationToken);

    public Task PurgeIdempotentResultsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync(new Sql($"DELETE FROM {T("idempotency_keys")} WHERE expires_at <= @now;").With("now", now), cancellationToken);

    public abstract Task CommitAsync(CancellationToken cancellationToken);

    public virtual async Task<ApplicationSnapshot?> CommitReadingApplicationAsync(Guid id, string taskStatus, CancellationToken cancellationToken)
    {
        var snapshot = await QueryAsync(
            ApplicationSnapshotSql.Queries(Dialect, id, taskStatus),
            (reader, token) => ApplicationSnapshotSql.ReadAsync(reader, Rows, token),
            cancellationToken);
        await CommitAsync(cancellationToken);
        return snapshot;
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>
    /// Runs or buffers a write. A unique violation of the statement becomes a <see cref="ConcurrencyException"/> when
    /// <paramref name="onUniqueViolation"/> is given; <paramref name="whenNoRow"/> is the exception to throw when the statement
    /// changed no row.
    /// </summary>
    protected abstract Task WriteAsync(
        Sql statement, UniqueViolation? onUniqueViolation, Func<Exception>? whenNoRow, CancellationToken cancellationToken);

    /// <summary>Runs or buffers a write that needs no check.</summary>
    protected Task WriteAsync(Sql statement, CancellationToken cancellationToken) => WriteAsync(statement, null, null, cancellationToken);

    /// <summary>Runs <paramref name="queries"/> after every earlier write and lets <paramref name="read"/> consume their results.</summary>
    protected abstract Task<T> QueryAsync<T>(
        IReadOnlyList<Sql> queries, Func<DbDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken);

    protected string T(string table) => Dialect.Table(table);

    private static Sql WithMutableTaskColumns(Sql statement, TaskRecord task) => statement
        .With("activity", task.ActivityId).With("title", task.Title).With("office", task.Office).With("role", task.Role)
        .With("status", task.Status).With("assignee", task.Assignee).WithJson("outcomes", task.OutcomesJson).WithJson("form", task.FormJson)
        .With("due", task.DueAt).With("escalated", task.EscalatedToRole).With("outcome", task.Outcome).With("comment", task.Comment)
        .With("completedBy", task.CompletedBy).With("completedAt", task.CompletedAt);

    private Task<T?> QueryAsync<T>(Sql query, Func<DbDataReader, T> read, CancellationToken cancellationToken)
        where T : class =>
        QueryAsync([query], (reader, token) => reader.SingleOrDefaultAsync(read, token), cancellationToken);

    private Task<IReadOnlyList<T>> QueryListAsync<T>(Sql query, Func<DbDataReader, T> read, CancellationToken cancellationToken) =>
        QueryAsync([query], (reader, token) => reader.ListAsync(read, token), cancellationToken);

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
}
