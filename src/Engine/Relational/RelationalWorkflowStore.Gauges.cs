using System.Data.Common;

namespace Mpp.Workflows.Engine.Relational;

/// <summary>The counts monitoring reads on each scrape, in one round trip.</summary>
public abstract partial class RelationalWorkflowStore
{
    public Task<StoreGauges> ReadGaugesAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ReadAsync(
            [
                // ix_tasks_office_status_due covers the filter, the grouping and the due instant.
                new Sql(
                    $"""
                    SELECT office, COUNT(*), SUM(CASE WHEN due_at < @now THEN 1 ELSE 0 END)
                    FROM {T("tasks")} WHERE status = @open GROUP BY office ORDER BY office;
                    """).With("now", now).With("open", TaskStates.Open),
                // ix_outbox_status (status, created_at): the count and the oldest row from the index alone.
                new Sql($"SELECT COUNT(*), MIN(created_at) FROM {T("outbox")} WHERE status = @pending;").With("pending", OutboxStatuses.Pending),
                new Sql($"SELECT COUNT(*) FROM {T("outbox")} WHERE status = @failed;").With("failed", OutboxStatuses.Failed),
            ],
            async (reader, token) =>
            {
                var offices = await reader.ListAsync(r => new OfficeTaskCounts(r.GetString(0), Count(r, 1), Count(r, 2)), token);
                await reader.NextResultAsync(token);
                await reader.ReadAsync(token);
                var pending = Count(reader, 0);
                var oldest = reader.IsDBNull(1) ? (DateTimeOffset?)null : Dialect.Instant(reader, 1);
                await reader.NextResultAsync(token);
                await reader.ReadAsync(token);
                return new StoreGauges(offices, pending, oldest, Count(reader, 0));
            },
            oneSnapshot: false,
            cancellationToken);

    private static long Count(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0 : Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
