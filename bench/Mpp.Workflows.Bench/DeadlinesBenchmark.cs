using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Mpp.Workflows.Engine.Scripting;
using Mpp.Workflows.Engine.Jobs;
using Mpp.Workflows.Engine;
using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Bench;

/// <summary>
/// How late deadlines fire through the real mechanism (engine timers, the host's Hangfire server with its recurring sweep
/// and polling settings, the in-memory timer wheel) while <c>--pending</c> other applications wait on timers 30 days ahead.
/// For <c>--seconds</c>, <c>--concurrency</c> workers each file an application every <see cref="Pace"/> through the runtime;
/// its <c>Elsa.Delay</c> falls due 3 s later. Lateness is the <c>TimerFired</c> audit instant minus the due instant; a
/// delay that fired twice or not at all is counted.
/// </summary>
internal static class DeadlinesBenchmark
{
    private static readonly TimeSpan ShortDelay = TimeSpan.FromSeconds(3);

    // A steady load well below the store's write capacity: the transitions benchmark measures throughput; this one measures
    // how precisely timers fire, which a saturated single SQLite writer would hide behind its queue.
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(250);

    private const int SeedBatch = 1_000;

    public static async Task RunAsync(BenchOptions options, BenchDatabase database)
    {
        var store = database.CreateStore();
        await store.InitializeAsync(CancellationToken.None);
        await PublishAsync(store, "bench-wait-long", "30.00:00:00");
        await PublishAsync(store, "bench-wait-short", ShortDelay.ToString("c", CultureInfo.InvariantCulture));

        var jobs = new JobsOptions();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(store);
        builder.Services.AddWorkflowEngine().AddJavaScriptConditions();
        builder.Services.Configure<EngineOptions>(o => o.TrackingTokenSecret = BenchSecrets.TrackingTokenSecret());
        builder.Services.AddWorkflowJobs(_ => database.CreateJobStorage(jobs));
        using var host = builder.Build();
        await host.StartAsync();
        var runtime = host.Services.GetRequiredService<WorkflowRuntime>();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"store={options.Store} pending={options.Pending} concurrency={options.Concurrency} seconds={options.Seconds} "
            + $"schedulePoll={jobs.SchedulePollingInterval.TotalMilliseconds}ms queuePoll={jobs.QueuePollInterval.TotalMilliseconds}ms workers={jobs.WorkerCount}"));
        var seeding = Stopwatch.StartNew();
        await SeedAsync(store, runtime, options.Pending);
        var seedSeconds = seeding.Elapsed.TotalSeconds;
        var pending = await CountPendingAsync(store);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeded {options.Pending} waiting applications in {seedSeconds:F1} s; pending timers now: {pending}"));

        var measured = new ConcurrentBag<Guid>();
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds)))
        {
            await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var next = Task.Delay(Pace);
                    measured.Add(await SubmitAsync(runtime, "bench-wait-short", CancellationToken.None));
                    await next;
                }
            })));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"measured: {measured.Count} applications filed in {options.Seconds} s ({measured.Count / (double)options.Seconds:F1} /s), each with a {ShortDelay.TotalSeconds:F0} s Elsa.Delay"));
        var fires = await CollectFiresAsync(store, measured, TimeSpan.FromMinutes(5));

        // Late duplicates (the wheel and the sweep both see every timer) would show up within a sweep or two.
        await Task.Delay(TimeSpan.FromSeconds(6));
        var duplicated = 0;
        foreach (var id in measured)
        {
            duplicated += (await store.GetHistoryAsync(id, CancellationToken.None)).Count(e => e.Event == AuditEvents.TimerFired) > 1 ? 1 : 0;
        }

        await host.StopAsync();
        Report(fires, measured.Count, duplicated);
    }

    /// <summary>
    /// Fills the engine with <paramref name="count"/> applications waiting on a 30-day <c>Elsa.Delay</c>. One is filed through
    /// the runtime; the rest are copies of its rows (instance, timer, history) with fresh ids and registration numbers, written
    /// through the store's own session in batches. Filing each through the runtime costs one durable commit per application
    /// (minutes for 100 000 on these disks) and measures the store's commit rate, which the transitions benchmark already does.
    /// The copies are what the runtime writes; their timers reach a wheel the way every far timer does, through the sweep.
    /// </summary>
    private static async Task SeedAsync(IWorkflowStore store, WorkflowRuntime runtime, int count)
    {
        if (count == 0)
        {
            return;
        }

        var template = await SubmitAsync(runtime, "bench-wait-long", CancellationToken.None);
        var instance = (await store.GetInstanceAsync(template, CancellationToken.None))!;
        var timer = (await store.ListDueTimersAsync(DateTimeOffset.UtcNow.AddDays(31), 10, CancellationToken.None)).Single(t => t.InstanceId == template);
        var history = await store.GetHistoryAsync(template, CancellationToken.None);
        for (var start = 1; start < count; start += SeedBatch)
        {
            await using var session = await store.BeginAsync(CancellationToken.None);
            for (var i = start; i < Math.Min(count, start + SeedBatch); i++)
            {
                var id = Guid.NewGuid();
                var timerId = Guid.NewGuid();
                await session.InsertInstanceAsync(
                    instance with
                    {
                        Id = id,
                        RegistrationNumber = string.Create(CultureInfo.InvariantCulture, $"{instance.RegistrationNumber}-{i}"),
                        StateJson = instance.StateJson.Replace(timer.Id.ToString(), timerId.ToString(), StringComparison.OrdinalIgnoreCase),
                    },
                    CancellationToken.None);
                await session.InsertTimerAsync(timer with { Id = timerId, InstanceId = id }, CancellationToken.None);
                foreach (var entry in history)
                {
                    await session.AppendAuditAsync(entry with { InstanceId = id, Sequence = 0 }, CancellationToken.None);
                }
            }

            await session.CommitAsync(CancellationToken.None);
            if ((start - 1 + SeedBatch) % 20_000 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  seeded {start - 1 + SeedBatch}"));
            }
        }
    }

    private static async Task<int> CountPendingAsync(IWorkflowStore store) =>
        (await store.ListDueTimersAsync(DateTimeOffset.UtcNow.AddDays(31), int.MaxValue, CancellationToken.None)).Count;

    /// <summary>Waits for each delay's first <c>TimerFired</c>; returns the lateness (ms) of those that fired.</summary>
    private static async Task<List<double>> CollectFiresAsync(IWorkflowStore store, IReadOnlyCollection<Guid> ids, TimeSpan timeout)
    {
        var lateness = new List<double>();
        var waitUntil = DateTime.UtcNow + timeout;
        foreach (var id in ids)
        {
            while (true)
            {
                var history = await store.GetHistoryAsync(id, CancellationToken.None);
                var started = history.FirstOrDefault(e => e.Event == AuditEvents.TimerStarted);
                var fired = history.FirstOrDefault(e => e.Event == AuditEvents.TimerFired);
                if (started is not null && fired is not null)
                {
                    lateness.Add((fired.At - (started.At + ShortDelay)).TotalMilliseconds);
                    break;
                }

                if (DateTime.UtcNow > waitUntil)
                {
                    break;
                }

                await Task.Delay(100);
            }
        }

        return lateness;
    }

    private static void Report(List<double> lateness, int submitted, int duplicated)
    {
        lateness.Sort();
        double At(double q) => lateness.Count == 0 ? double.NaN : lateness[Math.Min(lateness.Count - 1, (int)Math.Ceiling(q * lateness.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fired: {lateness.Count} of {submitted}; missed: {submitted - lateness.Count}; fired more than once: {duplicated}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fire lateness vs due (ms): p50 {At(0.50):F0}  p90 {At(0.90):F0}  p99 {At(0.99):F0}  max {At(1.0):F0}  min {(lateness.Count > 0 ? lateness[0] : double.NaN):F0}"));
    }

    private static async Task<Guid> SubmitAsync(WorkflowRuntime runtime, string definitionId, CancellationToken cancellationToken) =>
        (await runtime.SubmitAsync(
            new SubmitCommand(definitionId, new Applicant("Bench", "bench@example.org", null, null), new JsonObject { ["nama"] = "x" }, null, Actor.Applicant),
            cancellationToken)).Id;

    /// <summary><c>start → wait (Elsa.Delay) → end</c>.</summary>
    private static async Task PublishAsync(IWorkflowStore store, string definitionId, string timeSpan)
    {
        var json = $$"""
            {
              "definitionId": "{{definitionId}}", "name": "{{definitionId}}", "version": 1,
              "inputs": [ { "name": "nama", "type": "String", "displayName": "Nama", "required": true } ],
              "options": { "serviceCode": "BENCH" },
              "root": { "type": "Elsa.Flowchart", "id": "flow",
                "activities": [
                  { "id": "start", "type": "Elsa.Start" },
                  { "id": "wait", "type": "Elsa.Delay", "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "{{timeSpan}}" } } },
                  { "id": "end", "type": "Elsa.End", "result": { "typeName": "String", "expression": { "type": "Literal", "value": "Approved" } } }
                ],
                "connections": [
                  { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "wait", "port": "In" } },
                  { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "end", "port": "In" } }
                ] } }
            """;
        var now = DateTimeOffset.UtcNow;
        var draft = await store.SaveDraftAsync(definitionId, definitionId, json, now, CancellationToken.None);
        await store.PublishAsync(definitionId, draft.Version, json, now, CancellationToken.None);
    }
}
