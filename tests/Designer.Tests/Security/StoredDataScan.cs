using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;
using Npgsql;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// Reads everything a host stored, as a database reader could: every text, JSON and binary value of every table of its
/// databases (PostgreSQL: every schema, Hangfire's too; SQLite: every database file in the data directory), the raw bytes
/// of every file in the data directory, and the text of every stored PDF as pdftotext reads it (PDF text may be compressed).
/// </summary>
internal sealed class StoredDataScan
{
    private readonly List<(string Where, string Text)> _texts = [];
    private readonly List<(string Where, byte[] Bytes)> _binaries = [];

    private StoredDataScan()
    {
    }

    /// <summary>How many stored PDFs were read.</summary>
    public int PdfCount { get; private set; }

    public static async Task<StoredDataScan> OfAsync(DesignerHost host)
    {
        var scan = new StoredDataScan();
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        if (string.Equals(configuration["Storage:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            await scan.ReadPostgresAsync(configuration["ConnectionStrings:Postgres"]!);
        }

        foreach (var file in Directory.EnumerateFiles(host.DataDirectory, "*", SearchOption.AllDirectories))
        {
            scan._binaries.Add(($"file {Path.GetRelativePath(host.DataDirectory, file)}", await ReadSharedAsync(file)));
            if (file.EndsWith(".db", StringComparison.Ordinal))
            {
                await scan.ReadSqliteAsync(file);
            }
        }

        foreach (var (where, bytes) in scan._binaries.ToList().Where(b => IsPdf(b.Bytes)))
        {
            scan._texts.Add(($"{where} (pdftotext)", await PdfTextAsync(bytes)));
            scan.PdfCount++;
        }

        return scan;
    }

    /// <summary>Where <paramref name="needle"/> occurs: in a text, in a binary value as UTF-8, or in a PDF's extracted text.</summary>
    public IReadOnlyList<string> Find(string needle)
    {
        var bytes = Encoding.UTF8.GetBytes(needle);
        return
        [
            .. _texts.Where(t => t.Text.Contains(needle, StringComparison.Ordinal)).Select(t => t.Where),
            .. _binaries.Where(b => b.Bytes.AsSpan().IndexOf(bytes) >= 0).Select(b => b.Where),
        ];
    }

    private async Task ReadPostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<(string Schema, string Table, string Column)>();
        await using (var query = new NpgsqlCommand(
            """
            SELECT c.table_schema, c.table_name, c.column_name
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
              AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea');
            """, connection))
        await using (var reader = await query.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        Assert.Contains(columns, c => c.Table == "idempotency_keys");
        foreach (var (schema, table, column) in columns)
        {
            await using var select = new NpgsqlCommand($"SELECT \"{column}\" FROM \"{schema}\".\"{table}\";", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Add($"{schema}.{table}.{column}", reader.IsDBNull(0) ? null : reader.GetValue(0));
            }
        }
    }

    private async Task ReadSqliteAsync(string file)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table';";
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\";";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    Add($"{Path.GetFileName(file)}:{table}.{reader.GetName(i)}", reader.IsDBNull(i) ? null : reader.GetValue(i));
                }
            }
        }
    }

    private void Add(string where, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case byte[] bytes:
                _binaries.Add((where, bytes));
                break;
            case string text:
                _texts.Add((where, text));
                break;
            default:
                _texts.Add((where, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
                break;
        }
    }

    private static bool IsPdf(byte[] bytes) => bytes.AsSpan().StartsWith("%PDF-"u8);

    private static async Task<byte[]> ReadSharedAsync(string file)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var directory = Directory.CreateTempSubdirectory("mpp-scan-").FullName;
        try
        {
            var path = Path.Combine(directory, "document.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            var result = await ExternalTool.RunAsync("pdftotext", ["-layout", path, "-"], "poppler-utils", TimeSpan.FromSeconds(30));
            Assert.True(result.ExitCode == 0, $"pdftotext exited {result.ExitCode}: {result.StandardError}");
            return result.StandardOutput;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
