using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Sqlite;

public sealed partial class SqliteWorkflowStore
{
    public async Task<TimerRecord?> GetTimerAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {SqliteRows.TimerColumns} FROM timers WHERE id = @id;").With("@id", id);
        return await command.SingleOrDefaultAsync(SqliteRows.ReadTimer, cancellationToken);
    }

    public async Task<IReadOnlyList<TimerRecord>> ListDueTimersAsync(DateTimeOffset until, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT {SqliteRows.TimerColumns}
            FROM timers
            WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= @until
            ORDER BY due_at, id
            LIMIT @limit;
            """).With("@until", until).With("@limit", limit);
        return await command.ListAsync(SqliteRows.ReadTimer, cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListOutboxAsync(string? status, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            status is null
                ? "SELECT id, instance_id, kind, payload, status, attempts, created_at, next_attempt_at, last_error FROM outbox " +
                  "ORDER BY created_at, id LIMIT @limit;"
                : "SELECT id, instance_id, kind, payload, status, attempts, created_at, next_attempt_at, last_error FROM outbox " +
                  "WHERE status = @status ORDER BY created_at, id LIMIT @limit;")
            .With("@status", status).With("@limit", limit);
        return await command.ListAsync(
            r => new OutboxMessage(
                r.Id(0), r.NullableId(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5), r.Instant(6), r.NullableInstant(7),
                r.NullableString(8)),
            cancellationToken);
    }
}
