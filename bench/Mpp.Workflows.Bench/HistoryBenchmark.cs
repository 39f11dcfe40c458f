using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Mpp.Workflows.Engine;
using Mpp.Workflows.Engine.Postgres;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Scripting;
using Mpp.Workflows.Testing;
using Npgsql;

namespace Mpp.Workflows.Bench;

/// <summary>
/// Years of history: a new database of the bench's PostgreSQL server, the store's migrations, the shipped routes and offices,
/// then <c>--applications</c> files copied in (<see cref="HistorySeeder"/>); then the reads staff and applicants make, timed
/// (<see cref="HistoryMeasurements"/>), and the database dropped.
/// </summary>
internal static class HistoryBenchmark
{
    /// <summary>The exit code when every read ran but some p99 is above its target.</summary>
    public const int TargetsMissed = 3;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        if (options.Store != "postgres")
        {
            await Console.Error.WriteLineAsync("history runs on PostgreSQL: --store postgres.");
            return 2;
        }

        var (connectionString, own) = await DatabaseAsync();
        var dataSourceBuilder = new NpgsqlDataSourceBuilder(connectionString);
        // As the host configures its pool (StorageServiceCollectionExtensions.DefaultMaxAutoPrepare).
        dataSourceBuilder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        await using var dataSource = dataSourceBuilder.Build();
        try
        {
            var now = DateTimeOffset.UtcNow;
            var store = new PostgresWorkflowStore(dataSource);
            await store.InitializeAsync(CancellationToken.None);
            var offices = await HistoryTemplates.PrepareStoreAsync(store, now);

            var secret = BenchSecrets.TrackingTokenSecret();
            var services = new ServiceCollection();
            services.AddSingleton<IWorkflowStore>(store);
            services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
            services.AddWorkflowEngine().AddJavaScriptConditions();
            services.Configure<EngineOptions>(o => o.TrackingTokenSecret = secret);
            await using var provider = services.BuildServiceProvider();
            var runtime = provider.GetRequiredService<WorkflowRuntime>();

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"history: store=postgres applications={options.Applications:N0}"));
            var templates = await HistoryTemplates.CaptureAsync(store, dataSource, runtime);
            Console.WriteLine($"  routes filed through the engine as templates: {string.Join(", ", templates.Select(t => $"{t.DefinitionId} ({t.Stages.Count} stages)"))}");

            var seeding = Stopwatch.StartNew();
            var sample = await HistorySeeder.SeedAsync(
                dataSource, PostgresWorkflowStore.DefaultSchema, templates, options.Applications, now, TrackingTokenIssuer.ReadSecret(secret));
            seeding.Stop();
            await PrintSizesAsync(dataSource);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seeded {options.Applications:N0} applications in {seeding.Elapsed.TotalSeconds:F1} s ({options.Applications / seeding.Elapsed.TotalSeconds:N0}/s)"));

            var measurements = new HistoryMeasurements(provider, offices, sample, now);
            await measurements.RunAsync();
            measurements.Print();
            // A missed target is its own exit code, so a script can tell "ran, slower than the goal" from a failure.
            return measurements.Results.All(r => r.TargetMs is not { } target || r.P99 <= target) ? 0 : TargetsMissed;
        }
        finally
        {
            if (own)
            {
                NpgsqlConnection.ClearAllPools();
                await DropAsync(connectionString);
            }
        }
    }

    /// <summary><c>MPP_BENCH_POSTGRES</c>'s database as it is (kept), or a new one on the throwaway server (dropped after the run).</summary>
    private static async Task<(string ConnectionString, bool Own)> DatabaseAsync()
    {
        var configured = Environment.GetEnvironmentVariable("MPP_BENCH_POSTGRES") is { Length: > 0 };
        return (await PostgresConnection.GetAsync("history"), !configured);
    }

    private static async Task DropAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task PrintSizesAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT c.relname, c.reltuples::bigint, pg_size_pretty(pg_total_relation_size(c.oid))
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'mpp' AND c.relkind = 'r' AND c.relname = ANY('{instances,tasks,audit_events,outbox,documents,timers,application_offices}')
            ORDER BY pg_total_relation_size(c.oid) DESC
            """);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {reader.GetString(0),-14} {reader.GetInt64(1),12:N0} rows {reader.GetString(2),10}"));
        }
    }
}
