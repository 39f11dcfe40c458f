using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mpp.Workflows.Designer.Tests.Backups;

/// <summary>
/// The test's own reading of a store, straight from its tables (the same SQL on SQLite and PostgreSQL): the ids of every
/// application, task, document and timer, and per application how many tasks, documents and timers it has beside how many
/// its audit trail says were made, which must agree in any state a transaction left.
/// </summary>
public sealed record StoreRows(IReadOnlyDictionary<string, IReadOnlySet<string>> Ids, IReadOnlyDictionary<string, Counts> PerApplication)
{
    public static readonly string[] Tables = ["instances", "tasks", "documents", "timers"];

    private const string CountsSql = """
        SELECT i.id,
          (SELECT count(*) FROM tasks t WHERE t.instance_id = i.id),
          (SELECT count(*) FROM audit_events a WHERE a.instance_id = i.id AND a.event = 'TaskCreated'),
          (SELECT count(*) FROM documents d WHERE d.instance_id = i.id),
          (SELECT count(*) FROM audit_events a WHERE a.instance_id = i.id AND a.event = 'DocumentIssued'),
          (SELECT count(*) FROM timers m WHERE m.instance_id = i.id),
          (SELECT count(*) FROM tasks t WHERE t.instance_id = i.id AND t.due_at IS NOT NULL)
        FROM instances i;
        """;

    /// <summary>Reads the SQLite database file at <paramref name="path"/> (read-only; a host may be writing it).</summary>
    public static async Task<StoreRows> ReadSqliteAsync(string path)
    {
        await using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        return await ReadAsync(connection);
    }

    public static async Task<StoreRows> ReadPostgresAsync(string connectionString)
    {
        // The engine's tables are in schema mpp.
        await using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = Engine.Postgres.PostgresWorkflowStore.DefaultSchema }.ConnectionString);
        return await ReadAsync(connection);
    }

    /// <summary>Applications whose rows disagree with their audit trail, described.</summary>
    public IEnumerable<string> Incomplete =>
        PerApplication.Where(p => !p.Value.Whole).Select(p => $"{p.Key}: {p.Value}");

    /// <summary>What <paramref name="expected"/> holds that this store does not, per table.</summary>
    public IEnumerable<string> Missing(StoreRows expected) =>
        Tables.SelectMany(table => expected.Ids[table].Except(Ids[table]).Select(id => $"{table} {id}"));

    private static async Task<StoreRows> ReadAsync(DbConnection connection)
    {
        await connection.OpenAsync();
        // One snapshot for all the queries, on either store.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable);
        var ids = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var table in Tables)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT id FROM {table};";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                set.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!.ToLowerInvariant());
            }

            ids[table] = set;
        }

        var counts = new Dictionary<string, Counts>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = CountsSql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                counts[Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!.ToLowerInvariant()] = new Counts(
                    reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));
            }
        }

        return new StoreRows(ids, counts);
    }
}

/// <summary>An application's rows beside its audit trail's account of them.</summary>
public sealed record Counts(long Tasks, long TasksCreated, long Documents, long DocumentsIssued, long Timers, long TasksWithDeadline)
{
    /// <summary>Every task and document the trail names is there, and every task with a deadline has its timers.</summary>
    public bool Whole => Tasks == TasksCreated && Documents == DocumentsIssued && Timers >= TasksWithDeadline;
}
