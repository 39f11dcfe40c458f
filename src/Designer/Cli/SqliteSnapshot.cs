using Microsoft.Data.Sqlite;

namespace Mpp.Workflows.Designer.Cli;

/// <summary>
/// SQLite's online backup of one database file: all pages in one step, so the copy is one snapshot (in WAL mode a reader,
/// which never waits for the host's writer nor makes it wait), then checked and turned into a single self-contained file.
/// </summary>
internal static class SqliteSnapshot
{
    private const int Attempts = 20;

    /// <summary>Copies the live database <paramref name="source"/> to <paramref name="target"/> (a new file).</summary>
    public static async Task CopyAsync(string source, string target, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var from = Open(source, SqliteOpenMode.ReadWrite);
                using var to = Open(target, SqliteOpenMode.ReadWriteCreate);
                from.BackupDatabase(to);
                break;
            }
            catch (SqliteException exception) when (IsBusy(exception) && attempt < Attempts)
            {
                // A database in rollback-journal mode (Hangfire's) cannot be read while its writer commits; try again shortly.
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken);
            }
        }

        using var copy = Open(target, SqliteOpenMode.ReadWrite);
        // The copy says WAL like its source; a backup should be one file, and the host switches it back to WAL when it starts.
        Execute(copy, "PRAGMA journal_mode = DELETE;");
        Check(copy, target);
    }

    /// <summary>Fails unless <paramref name="path"/> is a sound SQLite database.</summary>
    public static void Check(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        Check(connection, path);
    }

    /// <summary>The highest version in the engine's <c>schema_migrations</c> table.</summary>
    public static int SchemaVersion(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        return Convert.ToInt32(Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_migrations;"), CultureInfo.InvariantCulture);
    }

    /// <summary>How many rows <paramref name="table"/> (a name of ours, not input) has.</summary>
    public static long Count(string path, string table)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        return Convert.ToInt64(Scalar(connection, $"SELECT count(*) FROM {table};"), CultureInfo.InvariantCulture);
    }

    private static void Check(SqliteConnection connection, string path)
    {
        string result;
        try
        {
            result = Convert.ToString(Scalar(connection, "PRAGMA integrity_check(1);"), CultureInfo.InvariantCulture) ?? "";
        }
        catch (SqliteException exception)
        {
            throw new BackupException($"{Path.GetFileName(path)} is not a sound SQLite database: {exception.Message}");
        }

        if (result != "ok")
        {
            throw new BackupException($"{Path.GetFileName(path)} is not a sound SQLite database: {result}");
        }
    }

    private static bool IsBusy(SqliteException exception) =>
        exception.SqliteErrorCode is 5 or 6; // SQLITE_BUSY, SQLITE_LOCKED

    // Unpooled: the files are moved or archived as soon as the command is done with them.
    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout = 30000;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
