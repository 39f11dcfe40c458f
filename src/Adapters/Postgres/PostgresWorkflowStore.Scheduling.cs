using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Postgres;

public sealed partial class PostgresWorkflowStore
{
    public async Task<TimerRecord?> GetTimerAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {PostgresRows.TimerColumns} FROM {Schema}.timers WHERE id = @id;").With("id", id);
        return await command.SingleOrDefaultAsync(PostgresRows.ReadTimer, cancellationToken);
    }

    public async Task<IReadOnlyList<TimerRecord>> ListDueTimersAsync(DateTimeOffset until, int limit, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"""
            SELECT {PostgresRows.TimerColumns}
            FROM {Schema}.timers
            WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= @until
            ORDER BY due_at, id
            LIMIT @limit;
            """).With("until", until).With("limit", limit);
        return await command.ListAsync(PostgresRows.ReadTimer, cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListOutboxAsync(string? status, int limit, CancellationToken cancellationToken)
    {
        const string Columns = "id, instance_id, kind, payload, status, attempts, created_at, next_attempt_at, last_error";
        await using var command = _dataSource.CreateCommand(
            status is null
                ? $"SELECT {Columns} FROM {Schema}.outbox ORDER BY created_at, id LIMIT @limit;"
                : $"SELECT {Columns} FROM {Schema}.outbox WHERE status = @status ORDER BY created_at, id LIMIT @limit;")
            .With("limit", limit);
        if (status is not null)
        {
            command.With("status", status);
        }

        return await command.ListAsync(
            r => new OutboxMessage(
                r.GetGuid(0), r.NullableGuid(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5), r.Instant(6),
                r.NullableInstant(7), r.NullableString(8)),
            cancellationToken);
    }
}
