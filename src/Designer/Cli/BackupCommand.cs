using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using Mpp.Workflows.Engine.Sqlite;

namespace Mpp.Workflows.Designer.Cli;

/// <summary>
/// <c>backup &lt;file&gt;</c> on the embedded store: copies the databases online (a host may keep running and writing), adds
/// the secret files (<see cref="BackedUpFiles"/>) and writes one zip archive with a <see cref="BackupManifest"/>. The archive
/// appears whole or not at all, readable by the running user only (it holds the deployment's secrets).
/// </summary>
internal static class BackupCommand
{
    public static async Task RunAsync(string dataDirectory, string file, TextWriter output, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var folder = Path.GetDirectoryName(file)!;
        if (!Directory.Exists(folder))
        {
            throw new BackupException($"the folder {folder} does not exist.");
        }

        if (File.Exists(file) || Directory.Exists(file))
        {
            throw new BackupException($"{file} exists already; choose a new name (a backup never overwrites another).");
        }

        var store = Path.Combine(dataDirectory, BackedUpFiles.Store);
        if (!File.Exists(store))
        {
            throw new BackupException($"there is no database at {store}; is DataDirectory set as for the host?");
        }

        output.WriteLine($"Backing up {dataDirectory} (SQLite) to {file}");
        var work = Directory.CreateDirectory(Path.Combine(folder, $".{Path.GetFileName(file)}.{Guid.NewGuid():N}.tmp")).FullName;
        try
        {
            var files = new List<BackupFile>();
            var schemaVersion = 0;
            foreach (var database in BackedUpFiles.Databases)
            {
                var source = Path.Combine(dataDirectory, database);
                if (!File.Exists(source))
                {
                    output.WriteLine($"  {database}: none (the host has not started its job server yet)");
                    continue;
                }

                output.WriteLine($"  {database}: copying online…");
                var copy = Path.Combine(work, database);
                await SqliteSnapshot.CopyAsync(source, copy, cancellationToken);
                var line = $"  {database}: {Megabytes(new FileInfo(copy).Length)}, checked";
                if (database == BackedUpFiles.Store)
                {
                    schemaVersion = SqliteSnapshot.SchemaVersion(copy);
                    line += $", schema version {schemaVersion}, {SqliteSnapshot.Count(copy, "instances")} applications";
                }

                output.WriteLine(line);
                files.Add(Describe(copy));
            }

            foreach (var secret in BackedUpFiles.Secrets)
            {
                var source = Path.Combine(dataDirectory, secret);
                if (File.Exists(source))
                {
                    File.Copy(source, Path.Combine(work, secret));
                    files.Add(Describe(Path.Combine(work, secret)));
                    output.WriteLine($"  {secret}: copied");
                }
                else
                {
                    output.WriteLine($"  {secret}: not in the data directory (configured elsewhere, or not made yet); keep it yourself");
                }
            }

            output.WriteLine("  not included: the mail pickup folder (mail handed over already; mail still to send is in the outbox)");
            var manifest = new BackupManifest(
                BackupManifest.FormatName, BackupManifest.CurrentFormatVersion, BackupManifest.CurrentProductVersion, "Sqlite",
                schemaVersion, DateTimeOffset.UtcNow, files);
            if (schemaVersion > SqliteWorkflowStore.SchemaVersion)
            {
                output.WriteLine($"  warning: the database is at schema version {schemaVersion}, newer than this build's {SqliteWorkflowStore.SchemaVersion}");
            }

            output.WriteLine($"Writing {file}…");
            var draft = Path.Combine(work, "backup.zip");
            WriteArchive(draft, manifest, work);
            File.Move(draft, file, overwrite: false);
            output.WriteLine($"Backup complete: {file} ({Megabytes(new FileInfo(file).Length)}) in {started.Elapsed.TotalSeconds:0.0} s");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void WriteArchive(string path, BackupManifest manifest, string work)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create);
        manifest.WriteTo(archive);
        foreach (var file in manifest.Files)
        {
            archive.CreateEntryFromFile(Path.Combine(work, file.Name), file.Name, CompressionLevel.Optimal);
        }
    }

    internal static BackupFile Describe(string path)
    {
        using var stream = File.OpenRead(path);
        return new BackupFile(Path.GetFileName(path), stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    internal static string Megabytes(long bytes) => $"{bytes / 1024d / 1024d:0.0} MB";
}
