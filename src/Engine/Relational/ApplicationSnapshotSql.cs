using System.Data.Common;

namespace Mpp.Workflows.Engine.Relational;

/// <summary>
/// The three reads of an application's view (<see cref="ApplicationSnapshot"/>), written once for the store's own read
/// (<see cref="RelationalWorkflowStore.GetApplicationSnapshotAsync"/>) and for a command's commit
/// (<see cref="RelationalStoreSession.CommitReadingApplicationAsync"/>).
/// </summary>
public static class ApplicationSnapshotSql
{
    public static IReadOnlyList<Sql> Queries(SqlDialect dialect, Guid id, string taskStatus) =>
    [
        new Sql($"SELECT {Rows.InstanceColumns} FROM {dialect.Table("instances")} WHERE id = @id;").With("id", id),
        new Sql(
            $"""
            SELECT {Rows.TaskColumns} FROM {dialect.Table("tasks")}
            WHERE instance_id = @instance AND status = @status
            ORDER BY due_at ASC NULLS LAST, created_at, id;
            """).With("instance", id).With("status", taskStatus),
        new Sql($"SELECT {Rows.AuditColumns} FROM {dialect.Table("audit_events")} WHERE instance_id = @instance ORDER BY sequence;")
            .With("instance", id),
    ];

    /// <summary>Reads the results of <see cref="Queries"/>, in order; null when the instance is unknown.</summary>
    public static async Task<ApplicationSnapshot?> ReadAsync(DbDataReader reader, Rows rows, CancellationToken cancellationToken)
    {
        var instance = await reader.SingleOrDefaultAsync(rows.Instance, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        await reader.NextResultAsync(cancellationToken);
        var tasks = await reader.ListAsync(rows.Task, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var history = await reader.ListAsync(rows.Audit, cancellationToken);
        return new ApplicationSnapshot(instance, tasks, history);
    }
}
