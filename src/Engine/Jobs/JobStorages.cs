using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Npgsql;

namespace Mpp.Workflows.Engine.Jobs;

/// <summary>
/// Durable Hangfire storages beside the engine's own: on PostgreSQL the same database in schema <c>hangfire</c>; embedded, a
/// SQLite file in the data directory. Built as instances (never <c>JobStorage.Current</c>) so several hosts in one process
/// (tests) keep apart.
/// </summary>
public static class JobStorages
{
    public const string PostgresSchema = "hangfire";

    public static JobStorage Postgres(NpgsqlDataSource dataSource, JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = PostgresSchema,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = options.QueuePollInterval,
            // LISTEN/NOTIFY wakes a worker as soon as a job is queued instead of waiting for the next poll.
            EnableLongPolling = true,
            // A lock row left by a killed host (e.g. the recurring scheduler's) counts as abandoned after this; the default
            // 10 minutes would stop the sweep and the outbox job that long after a crash. No job here holds a lock longer.
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
            InvisibilityTimeout = options.InvisibilityTimeout,
            UseSlidingInvisibilityTimeout = true,
        };
        return new PostgresJobStorage(dataSource, storageOptions);
    }

    public static JobStorage Sqlite(string databasePath, JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        return new SQLiteStorage(databasePath, new SQLiteStorageOptions { QueuePollInterval = options.QueuePollInterval });
    }
}
