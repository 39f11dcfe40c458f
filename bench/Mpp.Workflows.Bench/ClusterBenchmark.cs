using System.Diagnostics;
using System.Security.Cryptography;
using Mpp.Workflows.Designer.Tests.Hosting;
using Npgsql;

namespace Mpp.Workflows.Bench;

/// <summary>
/// Task transitions per second over HTTP through real host processes: phase A with one host, phase B with
/// <c>--hosts</c> hosts on one PostgreSQL database, clients' requests alternating between them; B/A is the ratio. Each
/// phase has a database of its own, a 3 s warm-up and then the measured window. At the end of each phase every
/// application driven to its last task is checked in the database: completed and approved, four decisions, one receipt,
/// one permit. On a machine with few cores the hosts share the CPU, so the ratio shows that the cluster is correct under
/// contention rather than that it scales.
/// </summary>
internal static class ClusterBenchmark
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    /// <summary>How long documents and mails may take after the window to be issued for every finished application.</summary>
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(2);

    public static async Task<bool> RunAsync(BenchOptions options)
    {
        Console.WriteLine($"cluster: real host processes (src/Designer, Release, Development environment for the demo accounts), "
            + $"PostgreSQL, clients={options.Concurrency} seconds={options.Seconds} hosts A=1 B={options.Hosts} cores={Environment.ProcessorCount}");
        await using var smtp = new LoopbackSmtpSink();
        var a = await RunPhaseAsync("A", 1, options, smtp).ConfigureAwait(false);
        var b = await RunPhaseAsync("B", options.Hosts, options, smtp).ConfigureAwait(false);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phase A (1 host):   {a.Rate,10:F1} transitions/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phase B ({options.Hosts} hosts):  {b.Rate,10:F1} transitions/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio B/A:          {b.Rate / a.Rate,10:F3}"));
        Console.WriteLine($"errors (non-2xx): A {a.Errors}, B {b.Errors}; checks: A {(a.Passed ? "passed" : "FAILED")}, B {(b.Passed ? "passed" : "FAILED")}");
        Console.WriteLine($"mails received by the SMTP sink: {smtp.Received} (counted as the hosts stop; the outbox is not waited for, so the last few may be unsent)");
        return a.Passed && b.Passed;
    }

    private static async Task<PhaseResult> RunPhaseAsync(string name, int hostCount, BenchOptions options, LoopbackSmtpSink smtp)
    {
        var clock = Stopwatch.StartNew();
        var connectionString = await PostgresConnection.GetAsync($"cluster-{name.ToLowerInvariant()}").ConfigureAwait(false);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var directories = Enumerable.Range(0, hostCount).Select(_ => Directory.CreateTempSubdirectory("mpp-bench-host-").FullName).ToArray();
        var hosts = new List<HostProcess>();
        try
        {
            // Started together on the new database, as machines booting at once would: the store seeds it once, under its lock.
            hosts.AddRange(await Task.WhenAll(directories.Select(directory => HostProcess.StartAsync(new TestHostBuilder(directory)
                .With("Storage:Provider", "Postgres")
                .With("ConnectionStrings:Postgres", connectionString)
                .With("Engine:TrackingTokenSecret", secret)
                .With("Mail:Smtp:Host", "127.0.0.1")
                .With("Mail:Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture))
                .With("Mail:Smtp:Security", "None")
                // The test TSA runs openssl once at a time: the bench measures the product, not that queue.
                .Without(TestHostBuilder.TimestampUrlKey)))).ConfigureAwait(false));
            Console.WriteLine($"phase {name}: {hostCount} host(s) healthy after {clock.Elapsed.TotalSeconds:F1} s");

            using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
            {
                Timeout = TimeSpan.FromSeconds(30),
            };
            var traffic = new PermitTraffic(http, [.. hosts.Select(h => h.Address)], $"{name}-{Guid.NewGuid():N}");
            var rate = await traffic.RunAsync(options.Concurrency, WarmUp, TimeSpan.FromSeconds(options.Seconds)).ConfigureAwait(false);

            var statuses = string.Join(", ", traffic.Statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}: {s.Value}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"phase {name}: {rate:F1} transitions/s; answers by status: {statuses}; applications finished {traffic.Finished.Count}, left part-way {traffic.Abandoned}"));

            var problems = await CheckAsync(connectionString, traffic.Finished).ConfigureAwait(false);
            var errors = traffic.Statuses.Where(s => !s.Key.StartsWith('2')).Sum(s => s.Value);
            var serverErrors = traffic.Statuses.Where(s => s.Key.StartsWith('5') || s.Key == "no answer").Sum(s => s.Value);
            Console.WriteLine($"phase {name}: errors: {errors} non-2xx, of which {serverErrors} 5xx or no answer");
            Console.WriteLine(problems.Count == 0
                ? $"phase {name}: check passed: all {traffic.Finished.Count} finished applications Completed/Approved with 4 decisions, 1 receipt, 1 permit"
                : $"phase {name}: check FAILED for {problems.Count} of {traffic.Finished.Count}: {string.Join("; ", problems.Take(5))}");
            var passed = problems.Count == 0 && serverErrors == 0 && traffic.Abandoned == 0;
            if (!passed)
            {
                foreach (var (host, slot) in hosts.Select((host, slot) => (host, slot)))
                {
                    Console.WriteLine($"--- host {slot} output ---{Environment.NewLine}{host.Output}");
                }
            }

            return new PhaseResult(rate, errors, passed);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync().ConfigureAwait(false);
            }

            foreach (var directory in directories)
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    /// <summary>
    /// Waits until every finished application has its permit (documents are issued by the outbox after the last decision),
    /// then returns a line for each that is not Completed/Approved with exactly four completed tasks, one receipt and one
    /// permit. The hosts keep the store in its default schema, <c>mpp</c>.
    /// </summary>
    private static async Task<List<string>> CheckAsync(string connectionString, IReadOnlyCollection<Guid> ids)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var deadline = DateTime.UtcNow + SettleTimeout;
        while (true)
        {
            var problems = new List<string>();
            var settled = true;
            await using (var command = dataSource.CreateCommand("""
                SELECT i.id, i.status, coalesce(i.result, ''),
                       (SELECT count(*) FROM mpp.tasks t WHERE t.instance_id = i.id AND t.status = 'Completed'),
                       (SELECT count(*) FROM mpp.documents d WHERE d.instance_id = i.id AND d.kind = 'Receipt'),
                       (SELECT count(*) FROM mpp.documents d WHERE d.instance_id = i.id AND d.kind = 'Permit')
                FROM mpp.instances i
                WHERE i.id = ANY(@ids)
                """))
            {
                command.Parameters.AddWithValue("ids", ids.ToArray());
                await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
                var seen = 0;
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    seen++;
                    var (id, status, result) = (reader.GetGuid(0), reader.GetString(1), reader.GetString(2));
                    var (decisions, receipts, permits) = (reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
                    settled &= status == "Completed" && receipts > 0 && permits > 0;
                    if (status != "Completed" || result != "Approved" || decisions != 4 || receipts != 1 || permits != 1)
                    {
                        problems.Add($"{id}: {status}/{result}, {decisions} decisions, {receipts} receipt(s), {permits} permit(s)");
                    }
                }

                if (seen != ids.Count)
                {
                    problems.Add($"{ids.Count - seen} finished application(s) not in the database");
                }
            }

            if (settled || DateTime.UtcNow > deadline)
            {
                return problems;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500)).ConfigureAwait(false);
        }
    }

    private sealed record PhaseResult(double Rate, int Errors, bool Passed);
}
