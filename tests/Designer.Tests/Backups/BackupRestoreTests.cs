using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Mpp.Workflows.Designer.Cli;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Mpp.Workflows.Designer.Tests.Backups;

/// <summary>
/// A backup taken from a running host while applications are filed and decided through its API, restored into a fresh data
/// directory (SQLite, through the <c>backup</c>/<c>restore</c> commands) or a fresh database (PostgreSQL, <c>pg_dump</c> and
/// <c>pg_restore</c>), gives a host that finds every application, task, document and timer committed before the backup began,
/// each application whole (its tasks, documents and timers as its audit trail says), nothing that never was, and carries on.
/// </summary>
public sealed class BackupRestoreTests(ITestOutputHelper log)
{
    private const int Workers = 3;
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Backup_TakenUnderLoad_RestoresEveryCommittedApplication_OnSqlite()
    {
        var source = Directory.CreateTempSubdirectory("mpp-backup-source-").FullName;
        var target = Directory.CreateTempSubdirectory("mpp-backup-target-").FullName;
        var archives = Directory.CreateTempSubdirectory("mpp-backup-files-").FullName;
        try
        {
            var file = Path.Combine(archives, "mpp.zip");
            var sourceHost = new TestHostBuilder(source).OnSqlite();
            var targetHost = new TestHostBuilder(target).OnSqlite();
            await RoundTripAsync(
                sourceHost,
                () => StoreRows.ReadSqliteAsync(Path.Combine(source, BackedUpFiles.Store)),
                async () =>
                {
                    var (code, output) = await DesignerCli.RunAsync(sourceHost, "backup", file);
                    Assert.True(code == BackupCommands.Done, output);
                    Assert.Contains("Backup complete", output, StringComparison.Ordinal);
                },
                async () =>
                {
                    // The source's host is still running: restoring over it is refused, --force or not.
                    var (refused, refusal) = await DesignerCli.RunAsync(sourceHost, "restore", file, "--force");
                    Assert.True(refused == BackupCommands.Failed && refusal.Contains("a host is running", StringComparison.Ordinal), refusal);

                    var (code, output) = await DesignerCli.RunAsync(targetHost, "restore", file);
                    Assert.True(code == BackupCommands.Done, output);
                    return (targetHost, await StoreRows.ReadSqliteAsync(Path.Combine(target, BackedUpFiles.Store)));
                });
        }
        finally
        {
            foreach (var directory in new[] { source, target, archives })
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task PgDump_TakenUnderLoad_RestoresEveryCommittedApplication_OnPostgres()
    {
        var source = Directory.CreateTempSubdirectory("mpp-backup-source-").FullName;
        var target = Directory.CreateTempSubdirectory("mpp-backup-target-").FullName;
        var archives = Directory.CreateTempSubdirectory("mpp-backup-files-").FullName;
        try
        {
            // As the README asks of PostgreSQL deployments: the secret the key ring is encrypted with is configured, not a file.
            var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var sourceHost = (await new TestHostBuilder(source).OnPostgresAsync("backup")).With("Engine:TrackingTokenSecret", secret);
            var sourceDatabase = sourceHost.Settings["ConnectionStrings:Postgres"]!;
            var file = Path.Combine(archives, "mpp.dump");
            await RoundTripAsync(
                sourceHost,
                () => StoreRows.ReadPostgresAsync(sourceDatabase),
                () => PostgresToolAsync("pg_dump", sourceDatabase, "-Fc", "-f", file),
                async () =>
                {
                    var targetDatabase = await (await PostgresTestServer.GetAsync()).CreateDatabaseAsync("restored");
                    await PostgresToolAsync("pg_restore", targetDatabase, "--no-owner", "--exit-on-error", file);
                    var targetHost = new TestHostBuilder(target)
                        .With("Storage:Provider", "Postgres").With("ConnectionStrings:Postgres", targetDatabase).With("Engine:TrackingTokenSecret", secret);
                    return (targetHost, await StoreRows.ReadPostgresAsync(targetDatabase));
                });
        }
        finally
        {
            foreach (var directory in new[] { source, target, archives })
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private async Task RoundTripAsync(
        TestHostBuilder sourceHost,
        Func<Task<StoreRows>> readSource,
        Func<Task> backup,
        Func<Task<(TestHostBuilder Host, StoreRows Rows)>> restore)
    {
        await using var host = await ChildHost.StartAsync(sourceHost);
        await using var load = await PermitLoad.StartAsync(host, Workers);
        await Poll.UntilAsync(
            async () => load.Decided >= 8 && (await readSource()).Ids["documents"].Count >= 2 || !load.Failures.IsEmpty,
            LoadTimeout,
            () => Task.FromResult($"Load: {load.Submitted} filed, {load.Decided} decided, failures: {string.Join("; ", load.Failures)}"),
            TimeSpan.FromMilliseconds(250));

        var before = await readSource();
        var decidedBefore = load.Decided;
        await backup();
        var decidedDuring = load.Decided - decidedBefore;
        await load.StopAsync();
        Assert.Empty(load.Failures);
        Assert.True(decidedDuring > 0, "No decision was made while the backup ran; the test did not back up a store under load.");

        // The check of wholeness holds on the source, so it can tell a torn copy from a whole one.
        var after = await readSource();
        Assert.Empty(after.Incomplete);

        var (restoredHost, restored) = await restore();
        log.WriteLine($"before the backup: {Describe(before)}; in the copy: {Describe(restored)}; at the end: {Describe(after)}");
        Assert.Empty(restored.Missing(before));
        Assert.Empty(restored.Incomplete);
        Assert.Empty(after.Missing(restored));

        await using var second = await ChildHost.StartAsync(restoredHost);
        using var admin = await second.ClientAsync("admin");
        foreach (var id in before.Ids["instances"])
        {
            var application = await admin.GetFromJsonAsync<JsonObject>($"/api/applications/{id}");
            Assert.Equal(id, ((string)application!["id"]!).ToLowerInvariant());
            var documents = await admin.GetFromJsonAsync<JsonArray>($"/api/applications/{id}/documents");
            Assert.True(documents!.Count >= before.PerApplication[id].Documents, $"{id}: {documents.Count} documents, {before.PerApplication[id]} before");
            Assert.True(restored.PerApplication[id].Tasks >= before.PerApplication[id].Tasks, $"{id}: {restored.PerApplication[id]}, {before.PerApplication[id]} before");
        }

        // An applicant's tracking link from before still opens (the secret came back), and the host files new applications
        // (numbering continues where the copy stopped, no number is given twice).
        var (trackedId, token) = load.Applications.First(a => before.Ids["instances"].Contains(a.Key.ToString()));
        var registration = (string)(await admin.GetFromJsonAsync<JsonObject>($"/api/applications/{trackedId}"))!["registrationNumber"]!;
        using var anonymous = second.CreateClient();
        using var tracked = await anonymous.GetAsync($"/api/track/{registration}?token={Uri.EscapeDataString(token)}");
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        using var filed = await anonymous.PostAsJsonAsync("/api/applications", SampleData.Submission("sip-dokter", SampleData.Sip()));
        Assert.True(filed.StatusCode == HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
    }

    private static string Describe(StoreRows rows) => string.Join(", ", StoreRows.Tables.Select(t => $"{rows.Ids[t].Count} {t}"));

    private static async Task PostgresToolAsync(string tool, string connectionString, params string[] args)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending(StringComparer.Ordinal).Select(d => Path.Combine(d, "bin")).ToArray()
            : [];
        var result = await ExternalTool.RunAsync(
            ExternalTool.Locate(tool, "postgresql-client", versions),
            ["-h", database.Host!, "-p", database.Port.ToString(CultureInfo.InvariantCulture), "-U", database.Username!, "-d", database.Database!, .. args],
            "postgresql-client",
            TimeSpan.FromMinutes(2));
        result.EnsureSuccess();
    }
}
