using Hangfire;
using Microsoft.Data.Sqlite;
using Mpp.Workflows.Engine.Jobs;
using Mpp.Workflows.Engine.Postgres;
using Mpp.Workflows.Engine.Sqlite;
using Npgsql;

namespace Mpp.Workflows.Bench;

/// <summary>The database a run uses, and its raw baseline: one-row update + one-row insert per transaction.</summary>
internal abstract class BenchDatabase
{
    public abstract IWorkflowStore CreateStore();

    /// <summary>The durable Hangfire storage the host would use beside this store.</summary>
    public abstract JobStorage CreateJobStorage(JobsOptions options);

    /// <summary>Runs the baseline for <paramref name="duration"/>: transactions committed and the time taken.</summary>
    public abstract Task<(long Count, TimeSpan Elapsed)> RunBaselineAsync(int concurrency, TimeSpan duration);

    /// <summary>Where the time of a phase goes (<c>--profile</c>, PostgreSQL only); null when not profiling.</summary>
    public virtual PhaseProfiler? Profiler => null;

    public async Task<double> MeasureBaselineAsync(int concurrency, TimeSpan duration)
    {
        var (count, elapsed) = await RunBaselineAsync(concurrency, duration).ConfigureAwait(false);
        return count / elapsed.TotalSeconds;
    }

    /// <param name="store">postgres or sqlite.</param>
    /// <param name="profile">Whether clients reach PostgreSQL through a <see cref="WireCounter"/> (which adds a hop to every round trip).</param>
    public static async Task<BenchDatabase> CreateAsync(string store, bool profile = false)
    {
        if (store != "postgres")
        {
            return new Sqlite(Path.Combine(Path.GetTempPath(), $"mpp-bench-{Guid.NewGuid():N}"));
        }

        var connectionString = await PostgresConnection.GetAsync().ConfigureAwait(false);
        if (!profile)
        {
            return new Postgres(connectionString, null);
        }

        var wire = WireCounter.Start(connectionString);
        return new Postgres(wire.ConnectionString, new PhaseProfiler(wire, connectionString));
    }

    private sealed class Sqlite(string directory) : BenchDatabase
    {
        public override IWorkflowStore CreateStore()
        {
            Directory.CreateDirectory(directory);
            return new SqliteWorkflowStore($"Data Source={Path.Combine(directory, "engine.db")}");
        }

        public override JobStorage CreateJobStorage(JobsOptions options) => JobStorages.Sqlite(Path.Combine(directory, "hangfire.db"), options);

        public override async Task<(long Count, TimeSpan Elapsed)> RunBaselineAsync(int concurrency, TimeSpan duration)
        {
            Directory.CreateDirectory(directory);
            var connectionString = $"Data Source={Path.Combine(directory, "baseline.db")};Pooling=True";
            await using (var setup = new SqliteConnection(connectionString))
            {
                await setup.OpenAsync().ConfigureAwait(false);
                await Exec(setup, """
                    PRAGMA journal_mode=WAL;
                    CREATE TABLE IF NOT EXISTS bench_row (id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
                    CREATE TABLE IF NOT EXISTS bench_log (id INTEGER PRIMARY KEY AUTOINCREMENT, row_id INTEGER NOT NULL, at TEXT NOT NULL, payload TEXT NOT NULL);
                    """).ConfigureAwait(false);
            }

            return await RateMeter.CountAsync(concurrency, duration, async (worker, ct) =>
            {
                await using (var c = new SqliteConnection(connectionString))
                {
                    await c.OpenAsync(ct).ConfigureAwait(false);
                    await Exec(c, $"INSERT OR IGNORE INTO bench_row (id, n) VALUES ({worker}, 0)").ConfigureAwait(false);
                }

                return async token =>
                {
                    await using var c = new SqliteConnection(connectionString);
                    await c.OpenAsync(token).ConfigureAwait(false);
                    await Exec(c, "PRAGMA busy_timeout=30000; BEGIN IMMEDIATE").ConfigureAwait(false);
                    await Exec(c, $"UPDATE bench_row SET n = n + 1 WHERE id = {worker}").ConfigureAwait(false);
                    await Exec(c, $"INSERT INTO bench_log (row_id, at, payload) VALUES ({worker}, datetime('now'), 'x')").ConfigureAwait(false);
                    await Exec(c, "COMMIT").ConfigureAwait(false);
                };
            }).ConfigureAwait(false);
        }

        private static async Task Exec(SqliteConnection connection, string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    private sealed class Postgres(string connectionString, PhaseProfiler? profiler) : BenchDatabase
    {
        private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(
            new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 }.ConnectionString);

        public override PhaseProfiler? Profiler => profiler;

        public override IWorkflowStore CreateStore() => new PostgresWorkflowStore(_dataSource);

        public override JobStorage CreateJobStorage(JobsOptions options) => JobStorages.Postgres(_dataSource, options);

        public override async Task<(long Count, TimeSpan Elapsed)> RunBaselineAsync(int concurrency, TimeSpan duration)
        {
            await using (var setup = _dataSource.CreateCommand("""
                CREATE TABLE IF NOT EXISTS bench_row (id int PRIMARY KEY, n bigint NOT NULL);
                CREATE TABLE IF NOT EXISTS bench_log (id bigserial PRIMARY KEY, row_id int NOT NULL, at timestamptz NOT NULL, payload text NOT NULL);
                """))
            {
                await setup.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            return await RateMeter.CountAsync(concurrency, duration, async (worker, ct) =>
            {
                await using (var insert = _dataSource.CreateCommand($"INSERT INTO bench_row (id, n) VALUES ({worker}, 0) ON CONFLICT DO NOTHING"))
                {
                    await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                return async token =>
                {
                    await using var connection = await _dataSource.OpenConnectionAsync(token).ConfigureAwait(false);
                    await using var transaction = await connection.BeginTransactionAsync(token).ConfigureAwait(false);
                    await using (var update = new NpgsqlCommand("UPDATE bench_row SET n = n + 1 WHERE id = @id", connection, transaction))
                    {
                        update.Parameters.AddWithValue("id", worker);
                        await update.ExecuteNonQueryAsync(token).ConfigureAwait(false);
                    }

                    await using (var log = new NpgsqlCommand("INSERT INTO bench_log (row_id, at, payload) VALUES (@id, now(), 'x')", connection, transaction))
                    {
                        log.Parameters.AddWithValue("id", worker);
                        await log.ExecuteNonQueryAsync(token).ConfigureAwait(false);
                    }

                    await transaction.CommitAsync(token).ConfigureAwait(false);
                };
            }).ConfigureAwait(false);
        }
    }
}
