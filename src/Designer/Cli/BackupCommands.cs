using Mpp.Workflows.Designer.Hosting;
using Mpp.Workflows.Designer.Storage;
using Npgsql;

namespace Mpp.Workflows.Designer.Cli;

/// <summary>
/// <c>backup &lt;file&gt;</c> and <c>restore &lt;file&gt; [--force]</c> for the embedded store (see <see cref="BackupCommand"/>,
/// <see cref="RestoreCommand"/>). Both read the host's own configuration (<c>appsettings.json</c> beside the binaries,
/// environment variables, further <c>--Key=value</c> arguments), so they find the data directory the host uses. On PostgreSQL
/// they print what to run instead and exit with <see cref="NotForThisStore"/>.
/// </summary>
/// <example><c>dotnet run --project src/Designer -- backup /var/backups/mpp-2026-05-01.zip</c></example>
public static class BackupCommands
{
    public const int Done = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int NotForThisStore = 3;

    private const string Force = "--force";

    /// <summary>Runs <c>args[0]</c> (<c>backup</c> or <c>restore</c>); the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var command = args.Count > 0 ? args[0] : "";
        if (command is not ("backup" or "restore") || args.Count < 2 || args[1].StartsWith('-'))
        {
            output.WriteLine("Usage: backup <file> [--Key=value …]");
            output.WriteLine("       restore <file> [--force] [--Key=value …]");
            return Usage;
        }

        var file = Path.GetFullPath(args[1]);
        var force = args.Skip(2).Contains(Force, StringComparer.Ordinal);
        var configuration = ReadConfiguration(args.Skip(2).Where(a => a != Force).ToArray());
        try
        {
            if (StorageServiceCollectionExtensions.ReadProvider(configuration) == StorageProvider.Postgres)
            {
                WritePostgresAdvice(output, configuration.GetConnectionString(StorageServiceCollectionExtensions.PostgresConnectionName));
                return NotForThisStore;
            }

            var dataDirectory = DataDirectory.Resolve(configuration);
            if (command == "backup")
            {
                await BackupCommand.RunAsync(dataDirectory, file, output, cancellationToken);
            }
            else
            {
                RestoreCommand.Run(file, dataDirectory, force, output);
            }

            return Done;
        }
        catch (Exception exception) when (exception is BackupException or InvalidOperationException or UnauthorizedAccessException or IOException)
        {
            output.WriteLine($"{command} failed: {exception.Message}");
            return Failed;
        }
    }

    /// <summary>The configuration the host would read, started from the same place with the same environment.</summary>
    private static IConfiguration ReadConfiguration(string[] args) =>
        WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory }).Configuration;

    private static void WritePostgresAdvice(TextWriter output, string? connectionString)
    {
        var target = "-h <host> -p 5432 -U <user> -d <database>";
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            var parsed = new NpgsqlConnectionStringBuilder(connectionString);
            target = $"-h {parsed.Host} -p {parsed.Port} -U {parsed.Username} -d {parsed.Database}";
        }

        output.WriteLine("The store is PostgreSQL (Storage:Provider=Postgres): back it up with PostgreSQL's own tools, which copy a");
        output.WriteLine("running database consistently. While hosts run:");
        output.WriteLine($"  pg_dump -Fc {target} -f mpp.dump");
        output.WriteLine("Restore into a new, empty database (then start the hosts on it; they find the schema at its version):");
        output.WriteLine($"  createdb {target.Replace("-d ", "", StringComparison.Ordinal)}");
        output.WriteLine($"  pg_restore --no-owner --exit-on-error {target} mpp.dump");
        output.WriteLine("For point-in-time recovery, archive WAL (archive_mode=on, archive_command) and take base backups");
        output.WriteLine("(pg_basebackup); to recover, restore the base backup, set restore_command (and recovery_target_time),");
        output.WriteLine("create recovery.signal in the data folder and start PostgreSQL. See README, \"Backups\".");
        output.WriteLine("Keep Engine:TrackingTokenSecret with the backups: the key ring in the database is encrypted with it.");
    }
}
