using System.Diagnostics;
using Npgsql;

namespace Mpp.Workflows.Bench;

/// <summary>
/// Fills the store's own tables (the real migrations ran first) with years of applications by binary COPY, one connection per
/// table and half of the routes (<see cref="Partitions"/>) so both cores make rows and PostgreSQL parses them in parallel. The
/// triggers and foreign keys are not run row by row (<c>session_replication_role</c>) because every row is made beside the row
/// it points to, and the table the triggers keep is filled afterwards as its migration fills it. The secondary indexes are
/// dropped for the load and built again from their own definitions afterwards, as a restore does. Then the tables are vacuumed
/// and analysed, as autovacuum would in time.
/// </summary>
internal static class HistorySeeder
{
    private static readonly string[] Tables = ["instances", "tasks", "audit_events", "outbox", "documents", "timers"];

    private const int Years = 5;

    /// <summary>
    /// The regency's filings (doctors' permits 35 %, their renewals 15 %, buildings 25 %, billboards 25 %) in two halves copied
    /// side by side, each by its own thread on its own connections: the halves share no service, so each keeps its own
    /// registration counters and document numbers.
    /// </summary>
    private static readonly (string Route, double Share)[][] Partitions =
    [
        [("sip-dokter", 0.7), ("sip-dokter-perpanjangan", 0.3)],
        [("pbg", 0.5), ("reklame", 0.5)],
    ];

    /// <summary>The loaded tables and the one filled from them afterwards (the offices of each application, migration 0015).</summary>
    private static readonly string[] Filled = [.. Tables, "application_offices"];

    public static async Task<HistorySample> SeedAsync(
        NpgsqlDataSource dataSource, string schema, IReadOnlyList<RouteTemplate> templates, int applications, DateTimeOffset now,
        byte[] trackingSecret)
    {
        var clock = Stopwatch.StartNew();
        var indexes = await DropSecondaryIndexesAsync(dataSource, schema);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  dropped {indexes.Count} secondary indexes for the load"));

        var sample = new HistorySample();
        var sequences = await ReadSequencesAsync(dataSource, schema);
        var copied = 0;
        var partitions = Partitions.Select((mix, p) => Task.Run(async () =>
        {
            var connections = new List<NpgsqlConnection>();
            var writers = new Dictionary<string, NpgsqlBinaryImporter>(StringComparer.Ordinal);
            foreach (var table in Tables)
            {
                var connection = await dataSource.OpenConnectionAsync();
                connections.Add(connection);
                await using (var setup = new NpgsqlCommand($"SET session_replication_role = replica; SET search_path TO {schema};", connection))
                {
                    await setup.ExecuteNonQueryAsync();
                }

                writers[table] = await connection.BeginBinaryImportAsync(
                    $"COPY {table} ({string.Join(", ", HistoryRows.Columns[table])}) FROM STDIN (FORMAT BINARY)");
            }

            var rows = new HistoryRows(templates, mix, writers, now, trackingSecret, new Random(16 + p), new Dictionary<string, long>(sequences), sample);
            var share = applications / Partitions.Length + (p < applications % Partitions.Length ? 1 : 0);
            var running = share / 10;
            var completed = share - running;
            var start = now.AddYears(-Years);
            var span = (now.AddDays(-3) - start).Ticks;
            for (var i = 0; i < share; i++)
            {
                if (i < completed)
                {
                    rows.WriteCompleted(start.AddTicks(span / completed * i));
                }
                else
                {
                    rows.WriteRunning();
                }

                var total = Interlocked.Increment(ref copied);
                if (total % 100_000 == 0 || total == applications)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {total,9:N0} applications copied at {clock.Elapsed.TotalSeconds,6:F1} s"));
                }
            }

            foreach (var writer in writers.Values)
            {
                await writer.CompleteAsync();
                await writer.DisposeAsync();
            }

            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }

            return rows;
        })).ToList();
        var written = await Task.WhenAll(partitions);
        foreach (var rows in written)
        {
            Console.WriteLine($"  {rows.Counts}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  copy done at {clock.Elapsed.TotalSeconds:F1} s; sequences and offices"));
        foreach (var rows in written)
        {
            await ExecuteAsync(dataSource, schema, rows.SequencesSql());
        }

        // The triggers that record each task's office do not fire during the load: the same statement as the migration's.
        await ExecuteAsync(dataSource, schema,
            """
            INSERT INTO application_offices (instance_id, office, created_at, definition_id, status)
            SELECT DISTINCT t.instance_id, t.office, i.created_at, i.definition_id, i.status FROM tasks t JOIN instances i ON i.id = t.instance_id
            ON CONFLICT DO NOTHING
            """);
        Console.WriteLine("  rebuilding indexes…");
        await ExecuteAsync(dataSource, schema, "SET maintenance_work_mem = '1GB'; SET max_parallel_maintenance_workers = 2; " + string.Join(";\n", indexes));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  indexes built at {clock.Elapsed.TotalSeconds:F1} s; vacuum analyze…"));
        foreach (var table in Filled)
        {
            // VACUUM runs outside any transaction: alone in its command.
            await using var vacuum = dataSource.CreateCommand($"VACUUM (ANALYZE) {schema}.{table}");
            vacuum.CommandTimeout = 0;
            await vacuum.ExecuteNonQueryAsync();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  vacuumed at {clock.Elapsed.TotalSeconds:F1} s"));
        return sample;
    }

    /// <summary>Drops the indexes that back no constraint on the loaded tables and returns the statements that make them again.</summary>
    private static async Task<IReadOnlyList<string>> DropSecondaryIndexesAsync(NpgsqlDataSource dataSource, string schema)
    {
        var definitions = new List<(string Name, string Definition)>();
        await using (var command = dataSource.CreateCommand(
            """
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = $1 AND i.tablename = ANY($2)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
            """))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = schema });
            command.Parameters.Add(new NpgsqlParameter { Value = Filled });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        await ExecuteAsync(dataSource, schema, string.Join(";\n", definitions.Select(d => $"DROP INDEX {schema}.{d.Name}")));
        return [.. definitions.Select(d => d.Definition)];
    }

    /// <summary>The registration counters the template filings used, so the copies number after them.</summary>
    private static async Task<Dictionary<string, long>> ReadSequencesAsync(NpgsqlDataSource dataSource, string schema)
    {
        var sequences = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var command = dataSource.CreateCommand($"SELECT scope, value FROM {schema}.sequences");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            sequences[reader.GetString(0)] = reader.GetInt64(1);
        }

        return sequences;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string schema, string sql)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand($"SET search_path TO {schema}; {sql}", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
