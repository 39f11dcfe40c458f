using System.Net.Http.Json;
using System.Security.Cryptography;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Bench;

/// <summary>
/// The real host (a child process, as <see cref="ClusterBenchmark"/> starts it) on a new database of the throwaway PostgreSQL
/// cluster, loaded over loopback. First the interactive pages (<see cref="CircuitMemory"/>), on a quiet host whose inboxes
/// hold <see cref="SeedApplications"/> files; then <see cref="HttpTraffic"/>'s applicants, staff and monitors for a warm-up
/// and the measured window, with <c>/health</c> in the same run as the baseline. Returns false when any request got a 5xx
/// or no answer.
/// </summary>
internal static class HttpBenchmark
{
    private const int SeedApplications = 40;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);

    public static async Task<bool> RunAsync(BenchOptions options)
    {
        var (applicants, staff, monitors) = HttpTraffic.Split(options.Users);
        Console.WriteLine($"http: the real host process (src/Designer, Release, Development environment for the demo accounts), PostgreSQL, "
            + $"loopback, cores={Environment.ProcessorCount}; users={options.Users} ({applicants} applicants, {staff} staff, {monitors} monitors), "
            + $"think time 0.5-2.5 s, warm-up {WarmUp.TotalSeconds:F0} s, window {options.Seconds} s, circuits={options.Circuits}");
        Console.WriteLine("host settings from the tests' TestHostBuilder: anonymous submissions per address 100000 per 10 min (default 60: every "
            + "simulated applicant shares 127.0.0.1), sign-in failure limits 1000, password hashing 1000 PBKDF2 iterations (default 600000; "
            + "staff sign in once each, before the window), no timestamp authority (as the cluster bench), mail to a loopback SMTP sink");

        await using var smtp = new LoopbackSmtpSink();
        var connectionString = await PostgresConnection.GetAsync("http").ConfigureAwait(false);
        var directory = Directory.CreateTempSubdirectory("mpp-bench-http-").FullName;
        try
        {
            await using var host = await HostProcess.StartAsync(new TestHostBuilder(directory)
                .With("Storage:Provider", "Postgres")
                .With("ConnectionStrings:Postgres", connectionString)
                .With("Engine:TrackingTokenSecret", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))
                .With("Mail:Smtp:Host", "127.0.0.1")
                .With("Mail:Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture))
                .With("Mail:Smtp:Security", "None")
                .Without(TestHostBuilder.TimestampUrlKey)).ConfigureAwait(false);
            using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
            {
                Timeout = TimeSpan.FromSeconds(30),
            };

            var admin = await TokenAsync(http, host.Address, "admin").ConfigureAwait(false);
            if (options.Circuits > 0)
            {
                await SeedAsync(http, host.Address).ConfigureAwait(false);
                await CircuitMemory.RunAsync(http, host, admin, options.Circuits).ConfigureAwait(false);
            }

            var record = new RouteLatencies();
            var traffic = new HttpTraffic(http, host.Address, record);
            var gauges = new HostGauges(http, host, admin, connectionString);
            var cpuBefore = await HostMemory.CpuSecondsAsync(host).ConfigureAwait(false);
            var machineBefore = await MachineCpu.ReadAsync().ConfigureAwait(false);
            var clientBefore = Environment.CpuUsage.TotalTime;
            var running = traffic.RunAsync(options.Users, WarmUp, TimeSpan.FromSeconds(options.Seconds));
            await Task.WhenAll(running, gauges.RunAsync(traffic.Clock, WarmUp + TimeSpan.FromSeconds(options.Seconds))).ConfigureAwait(false);
            var cpu = await HostMemory.CpuSecondsAsync(host).ConfigureAwait(false) - cpuBefore;
            var machine = (await MachineCpu.ReadAsync().ConfigureAwait(false)).Since(machineBefore);
            var client = (Environment.CpuUsage.TotalTime - clientBefore).TotalSeconds;
            var elapsed = WarmUp.TotalSeconds + options.Seconds;
            Report(record, options.Seconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"CPU over the whole traffic, in cores on average (of {Environment.ProcessorCount}): host process {cpu / elapsed:F2}, this bench's clients "
                + $"{client / elapsed:F2}, whole machine busy {machine.BusyCores:F2} (PostgreSQL and anything else running make up the rest)"));
            PrintTimeline(record, gauges.Samples);
            Console.WriteLine(gauges.LockWaits.Count == 0 ? "statements waiting for a lock: none seen"
                : "statements waiting for a lock (sessions seen waiting, summed over samples): "
                    + string.Join(" | ", gauges.LockWaits.Take(5).Select(w => $"{w.Samples}x {w.Statement}")));
            Console.WriteLine($"whole run: {traffic.Submitted} applications submitted, {traffic.Decided} tasks completed, {traffic.Receipts} receipts downloaded; "
                + $"mails received by the SMTP sink so far: {smtp.Received}");

            if (record.ServerErrors > 0)
            {
                Console.WriteLine($"FAILED: {record.ServerErrors} requests answered 5xx or not at all. Host output:{Environment.NewLine}{host.Output}");
                return false;
            }

            return true;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void Report(RouteLatencies record, int seconds)
    {
        var figures = record.Figures();
        var health = figures.SingleOrDefault(f => f.Route == "GET /health");
        Console.WriteLine($"{"route (window only)",-42} {"count",7} {"per s",7} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"p50/health",11} {"p99/health",11}");
        foreach (var f in figures)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{f.Route,-42} {f.Count,7} {f.Count / (double)seconds,7:F1} {f.P50,8:F1} {f.P99,8:F1} {f.Max,8:F1} "
                + $"{(health is null ? "-" : (f.P50 / health.P50).ToString("F1", CultureInfo.InvariantCulture)),11} "
                + $"{(health is null ? "-" : (f.P99 / health.P99).ToString("F1", CultureInfo.InvariantCulture)),11}"));
        }

        var total = figures.Sum(f => f.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput: {total / (double)seconds:F1} requests/s answered 2xx in the {seconds} s window ({total} requests)"));

        var errors = record.Errors();
        Console.WriteLine(errors.Count == 0 ? "errors (whole run, warm-up included): none"
            : "errors (whole run, warm-up included): " + string.Join("; ", errors.Select(e => $"{e.Status} {e.Route}: {e.Count}")));
    }

    /// <summary>
    /// Each step of the run: answers, those slower than 1 s, and the worst of the host's gauges in that step (the thread pool's
    /// threads and queued work items, busy database sessions, GC pause time, how long
    /// <c>/metrics</c> itself took, documents and mails not yet issued, database sessions waiting for a lock).
    /// </summary>
    private static void PrintTimeline(RouteLatencies record, IReadOnlyList<HostGauges.Sample> samples)
    {
        Console.WriteLine($"timeline (whole run, {RouteLatencies.BucketSeconds} s steps): seconds, 2xx answers, answers > {RouteLatencies.SlowMilliseconds:F0} ms, "
            + "max thread pool threads, max queued work items, max busy database sessions, GC pause ms, max /metrics ms, "
            + "max outbox backlog, max sessions waiting for a lock");
        var pause = samples.FirstOrDefault(s => !double.IsNaN(s.GcPauseSeconds))?.GcPauseSeconds ?? 0;
        foreach (var (bucket, all, slow) in record.Timeline())
        {
            var step = samples.Where(s => (int)(s.At / RouteLatencies.BucketSeconds) == bucket && !double.IsNaN(s.Threads)).ToList();
            var pausedUntil = step.Count == 0 ? pause : step.Max(s => s.GcPauseSeconds);
            var gauges = step.Count == 0 ? "   (no gauge sample)" : string.Create(CultureInfo.InvariantCulture,
                $"{step.Max(s => s.Threads),6:F0} {step.Max(s => s.Queued),6:F0} {step.Max(s => s.DbBusy),6} "
                + $"{(pausedUntil - pause) * 1000,8:F0} {step.Max(s => s.ScrapeMs),8:F0} {step.Max(s => s.OutboxPending),7:F0} {step.Max(s => s.LockWaits),6}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {bucket * RouteLatencies.BucketSeconds,4}-{(bucket + 1) * RouteLatencies.BucketSeconds,-4} {all,6} {slow,6} {gauges}"));
            pause = pausedUntil;
        }
    }

    /// <summary>Applications filed before the pages open, so that each desk's inbox shows rows as an office's would.</summary>
    private static async Task SeedAsync(HttpClient http, Uri host)
    {
        for (var n = 0; n < SeedApplications; n++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host, "/api/applications"))
            {
                Content = JsonContent.Create(SampleData.Submission("sip-dokter", SampleData.Sip())),
            };
            request.Headers.Add("Idempotency-Key", $"seed-{n}-{Guid.NewGuid():N}");
            using var response = await http.SendAsync(request).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
        }
    }

    private static async Task<string> TokenAsync(HttpClient http, Uri host, string username)
    {
        using var response = await http.PostAsJsonAsync(new Uri(host, "/api/auth/token"), new { username, password = TestHostBuilder.DemoPassword })
            .ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>().ConfigureAwait(false);
        return (string?)answer?["accessToken"] ?? throw new InvalidOperationException($"No token for {username}.");
    }
}
