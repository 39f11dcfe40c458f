using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Mpp.Workflows.Testing;

/// <summary>
/// One PostgreSQL server per test process, handing out a fresh database per test class. Without configuration it is a throwaway
/// cluster made with the machine's <c>initdb</c>/<c>pg_ctl</c> and removed when the process exits; <c>MPP_TEST_POSTGRES</c>
/// (an Npgsql connection string) names an existing server instead, whose databases are left in place (<c>prefix_guid</c>).
/// A test that restarts its server starts one of its own (<see cref="StartPrivateAsync"/>): other tests use the shared one in
/// parallel.
/// </summary>
public sealed class PostgresTestServer : IAsyncDisposable
{
    private const string ServerVariable = "MPP_TEST_POSTGRES";
    private const int MaxDatabaseNameLength = 63;
    private const int StartAttempts = 3;
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(2);
    private static readonly Lazy<Task<PostgresTestServer>> Instance = new(StartAsync);

    // vstest kills the test host about 100 ms after the run, before AppDomain.ProcessExit handlers can stop a server, so a
    // detached shell waits for this process to disappear and then stops the cluster and deletes its directory.
    private const string Watchdog = """
        exec </dev/null >/dev/null 2>&1
        pid=$1 dir=$2
        shift 2
        while kill -0 "$pid"; do sleep 0.5; done
        "$@"
        rm -rf "$dir"
        """;

    private readonly string connectionString;
    private readonly Cluster? cluster;

    private PostgresTestServer(string connectionString, Cluster? cluster = null)
    {
        this.connectionString = connectionString;
        this.cluster = cluster;
    }

    /// <summary>The server of this test process, started on first use.</summary>
    public static Task<PostgresTestServer> GetAsync() => Instance.Value;

    /// <summary>
    /// A throwaway cluster of the caller's own, always on this machine (never <c>MPP_TEST_POSTGRES</c>), which it may restart;
    /// disposing it stops it and removes its files.
    /// </summary>
    public static async Task<PostgresTestServer> StartPrivateAsync()
    {
        var (connection, cluster) = await StartClusterAsync();
        return new PostgresTestServer(connection, cluster);
    }

    /// <summary>
    /// <c>pg_ctl restart -m fast</c> on a <see cref="StartPrivateAsync"/> cluster: every session is cut, the server shuts down
    /// and starts again on the same port, as an operator's restart does; returns once it accepts connections again.
    /// </summary>
    public async Task RestartAsync()
    {
        var own = cluster ?? throw new InvalidOperationException("Only a private cluster (StartPrivateAsync) may be restarted.");
        (await RunAsync(own.BaseDirectory,
            [.. ServerTool(own.BinDirectory, "pg_ctl", own.AsPostgres), "restart", "-w", "-m", "fast", "-D", own.DataDirectory,
                "-l", own.LogFile])).EnsureSuccess();
    }

    public async ValueTask DisposeAsync()
    {
        if (cluster is not { } own)
        {
            return;
        }

        await RunAsync(own.BaseDirectory,
            [.. ServerTool(own.BinDirectory, "pg_ctl", own.AsPostgres), "stop", "-w", "-m", "immediate", "-D", own.DataDirectory]);
        Directory.Delete(own.BaseDirectory, recursive: true);
    }

    /// <summary>Creates an empty database named after <paramref name="prefix"/> and returns its Npgsql connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = UniqueDatabaseName(prefix);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ConnectionString;
    }

    private static async Task<PostgresTestServer> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable(ServerVariable);
        return string.IsNullOrWhiteSpace(external) ? new PostgresTestServer((await StartClusterAsync()).ConnectionString) : new PostgresTestServer(external);
    }

    private static async Task<(string ConnectionString, Cluster Cluster)> StartClusterAsync()
    {
        var binDirectory = FindServerBinaries();

        var asPostgres = Environment.UserName == "root";
        var baseDirectory = Directory.CreateTempSubdirectory("mpp-pg-").FullName;
        var dataDirectory = Path.Combine(baseDirectory, "data");
        var logFile = Path.Combine(baseDirectory, "server.log");
        if (asPostgres)
        {
            var user = await ExternalTool.RunAsync("id", ["-u", "postgres"], "coreutils", ToolTimeout);
            if (user.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    "Tests run as root start PostgreSQL as the OS user 'postgres', which does not exist. "
                    + "Create it (useradd --system --user-group postgres) or run ./test.sh, which does.");
            }

            (await ExternalTool.RunAsync("chown", ["postgres:", baseDirectory], "coreutils", ToolTimeout)).EnsureSuccess();
        }

        string[] stop = [.. ServerTool(binDirectory, "pg_ctl", asPostgres), "stop", "-w", "-m", "immediate", "-D", dataDirectory];
        (await ExternalTool.RunAsync("setsid",
            ["-f", "sh", "-c", Watchdog, "mpp-pg-watchdog", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), baseDirectory,
                .. stop],
            "util-linux", ToolTimeout, "/")).EnsureSuccess();

        (await RunAsync(baseDirectory,
            [.. ServerTool(binDirectory, "initdb", asPostgres), "-D", dataDirectory, "-A", "trust", "-U", "postgres", "-E", "UTF8",
                "--locale=C", "--no-sync"])).EnsureSuccess();

        for (var attempt = 1; ; attempt++)
        {
            var port = FreeTcpPort();
            var options = string.Join(' ',
                "-p", port.ToString(CultureInfo.InvariantCulture), "-k", $"\"{baseDirectory}\"", "-c listen_addresses=127.0.0.1",
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
            var start = await RunAsync(baseDirectory,
                [.. ServerTool(binDirectory, "pg_ctl", asPostgres), "start", "-w", "-D", dataDirectory, "-l", logFile, "-o", options]);
            if (start.ExitCode == 0)
            {
                var connection = new NpgsqlConnectionStringBuilder
                {
                    Host = IPAddress.Loopback.ToString(),
                    Port = port,
                    Username = "postgres",
                    Database = "postgres",
                    IncludeErrorDetail = true,
                }.ConnectionString;
                return (connection, new Cluster(binDirectory, baseDirectory, dataDirectory, logFile, asPostgres));
            }

            // Another process may have taken the port between probing and binding it; any other failure is real.
            var log = File.Exists(logFile) ? await File.ReadAllTextAsync(logFile) : string.Empty;
            if (attempt == StartAttempts || !log.Contains("already in use", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"The throwaway PostgreSQL cluster in {baseDirectory} did not start.{Environment.NewLine}{start.StandardError}"
                    + $"{Environment.NewLine}{log}");
            }
        }
    }

    private static string FindServerBinaries()
    {
        // Debian's postgresql package keeps the server binaries off PATH, one directory per major version; prefer the newest.
        var debianDirectories = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var major) ? major : 0)
                .Select(dir => Path.Combine(dir, "bin"))
                .ToArray()
            : [];
        var binDirectory = Path.GetDirectoryName(ExternalTool.Locate("initdb", "postgresql", debianDirectories))!;
        foreach (var tool in new[] { "pg_ctl", "postgres" })
        {
            if (!File.Exists(Path.Combine(binDirectory, tool)))
            {
                throw new InvalidOperationException(
                    $"`{tool}` is missing beside {binDirectory}/initdb. Install the Debian package 'postgresql' "
                    + $"or set {ServerVariable} to the connection string of a running server.");
            }
        }

        return binDirectory;
    }

    // PostgreSQL refuses to run as root; the cluster then belongs to the OS user postgres.
    private static string[] ServerTool(string binDirectory, string tool, bool asPostgres) =>
        asPostgres ? ["runuser", "-u", "postgres", "--", Path.Combine(binDirectory, tool)] : [Path.Combine(binDirectory, tool)];

    private static Task<ExternalToolResult> RunAsync(string workingDirectory, string[] command) =>
        ExternalTool.RunAsync(command[0], command[1..], command[0] == "runuser" ? "util-linux" : "postgresql", ToolTimeout, workingDirectory);

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string UniqueDatabaseName(string prefix)
    {
        var safe = new StringBuilder();
        foreach (var c in prefix.ToLowerInvariant())
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        var suffix = "_" + Guid.NewGuid().ToString("N");
        var head = safe.ToString(0, Math.Min(safe.Length, MaxDatabaseNameLength - suffix.Length));
        return (head.Length == 0 ? "test" : head) + suffix;
    }

    /// <summary>Where a throwaway cluster lives and how its tools are run.</summary>
    private sealed record Cluster(string BinDirectory, string BaseDirectory, string DataDirectory, string LogFile, bool AsPostgres);
}
