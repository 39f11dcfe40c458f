using System.IO.Compression;
using Mpp.Workflows.Designer.Hosting;
using Mpp.Workflows.Engine.Sqlite;

namespace Mpp.Workflows.Designer.Cli;

/// <summary>
/// <c>restore &lt;file&gt; [--force]</c> on the embedded store: checks the archive (manifest, each file's SHA-256, the
/// databases' integrity and schema version) in a folder beside the data, then moves the files into the data directory. It
/// holds the data directory's lock throughout (<see cref="DataDirectoryLock"/>): it refuses a directory a host runs on and no
/// host starts meanwhile. A data directory with files in it is refused unless <c>--force</c>, which replaces the store, the
/// job storage and the secrets and leaves anything else there.
/// </summary>
internal static class RestoreCommand
{
    public static void Run(string file, string dataDirectory, bool force, TextWriter output)
    {
        if (!File.Exists(file))
        {
            throw new BackupException($"{file} does not exist.");
        }

        output.WriteLine($"Restoring {file} into {dataDirectory}");
        using var archive = OpenArchive(file);
        var manifest = BackupManifest.ReadFrom(archive, file);
        output.WriteLine($"  backup of {manifest.CreatedAt:u} by version {manifest.ProductVersion}, {manifest.Store}, schema version {manifest.SchemaVersion}");
        if (manifest.Store != "Sqlite")
        {
            throw new BackupException($"{file} is a backup of a {manifest.Store} store; this host uses SQLite.");
        }

        if (manifest.SchemaVersion > SqliteWorkflowStore.SchemaVersion)
        {
            throw new BackupException(
                $"the backup's schema version {manifest.SchemaVersion} is newer than this version's {SqliteWorkflowStore.SchemaVersion}; "
                + $"restore it with version {manifest.ProductVersion} or later.");
        }

        if (!manifest.Files.Any(f => f.Name == BackedUpFiles.Store) || !manifest.Files.All(f => BackedUpFiles.IsKnown(f.Name)))
        {
            throw new BackupException($"{file} is not a Mpp.Workflows backup of the embedded store (its manifest lists {string.Join(", ", manifest.Files.Select(f => f.Name))}).");
        }

        using var directoryLock = DataDirectoryLock.TryExclusive(dataDirectory)
            ?? throw new BackupException($"a host is running on {dataDirectory}; stop it first.");
        var present = new DirectoryInfo(dataDirectory).EnumerateFileSystemInfos()
            .Where(e => e.Name != DataDirectoryLock.FileName).Select(e => e.Name).Order(StringComparer.Ordinal).ToList();
        if (present.Count > 0 && !force)
        {
            throw new BackupException(
                $"{dataDirectory} is not empty ({string.Join(", ", present.Take(5))}{(present.Count > 5 ? ", …" : "")}); "
                + "restore into an empty data directory, or add --force to replace its store and secrets.");
        }

        var work = Directory.CreateDirectory(Path.Combine(dataDirectory, $".restore-{Guid.NewGuid():N}.tmp")).FullName;
        try
        {
            Extract(archive, manifest, work, output);
            if (force)
            {
                foreach (var name in BackedUpFiles.Written)
                {
                    File.Delete(Path.Combine(dataDirectory, name));
                }
            }

            foreach (var entry in manifest.Files)
            {
                File.Move(Path.Combine(work, entry.Name), Path.Combine(dataDirectory, entry.Name), overwrite: false);
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        output.WriteLine($"Restore complete: start the host on {dataDirectory}.");
    }

    private static ZipArchive OpenArchive(string file)
    {
        try
        {
            return ZipFile.OpenRead(file);
        }
        catch (InvalidDataException)
        {
            throw new BackupException($"{file} is not a Mpp.Workflows backup (not a zip archive).");
        }
    }

    private static void Extract(ZipArchive archive, BackupManifest manifest, string work, TextWriter output)
    {
        foreach (var expected in manifest.Files)
        {
            var entry = archive.GetEntry(expected.Name) ?? throw new BackupException($"the backup lacks {expected.Name}, which its manifest lists.");
            var target = Path.Combine(work, expected.Name);
            try
            {
                entry.ExtractToFile(target);
            }
            catch (InvalidDataException exception)
            {
                throw new BackupException($"{expected.Name} in the backup is damaged: {exception.Message}");
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            var actual = BackupCommand.Describe(target);
            if (actual.Size != expected.Size || actual.Sha256 != expected.Sha256)
            {
                throw new BackupException($"{expected.Name} in the backup is damaged (its SHA-256 differs from the manifest's).");
            }

            if (BackedUpFiles.Databases.Contains(expected.Name, StringComparer.Ordinal))
            {
                SqliteSnapshot.Check(target);
            }

            output.WriteLine($"  {expected.Name}: {BackupCommand.Megabytes(actual.Size)}, checked");
        }

        var version = SqliteSnapshot.SchemaVersion(Path.Combine(work, BackedUpFiles.Store));
        if (version != manifest.SchemaVersion)
        {
            throw new BackupException($"the backup's database is at schema version {version}, its manifest says {manifest.SchemaVersion}.");
        }
    }
}
