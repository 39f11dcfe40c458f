using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mpp.Workflows.Engine;
using Mpp.Workflows.Engine.Persistence;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Scheduling.Jobs;

namespace Mpp.Workflows.Bench;

/// <summary>
/// How late deadlines fire through the real mechanism (engine timers + Hangfire delayed jobs + sweep, with the host's
/// polling settings) while <c>--pending</c> other timers wait far ahead in both the engine's table and Hangfire's schedule.
/// For <c>--seconds</c>, <c>--concurrency</c> workers file applications whose <c>Elsa.Delay</c> is due a few seconds later;
/// lateness is the <c>TimerFired</c> audit instant minus the due instant.
/// </summary>
internal static class DeadlinesBenchmark
{
    private static readonly TimeSpan ShortDelay = TimeSpan.FromSeconds(3);

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
        builder.Services.AddWorkflowEngine();
        builder.Services.AddWorkflowJobs(_ => database.CreateJobStorage(jobs));
        using var host = builder.Build();
        await host.StartAsync();
        var runtime = host.Services.GetRequiredService<WorkflowRuntime>();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"store={options.Store} pending={options.Pending} concurrency={options.Concurrency} seconds={options.Seconds} "
            + $"schedulePoll={jobs.SchedulePollingInterval.TotalMilliseconds}ms queuePoll={jobs.QueuePollInterval.TotalMilliseconds}ms workers={jobs.WorkerCount}"));
        var seeding = Stopwatch.StartNew();
        var seeded = 0;
        await Parallel.ForAsync(0, options.Pending, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency }, async (_, ct) =>
        {
            await SubmitAsync(runtime, "bench-wait-long", ct);
            if (Interlocked.Increment(ref seeded) % 10_000 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pending timers: {seeded} ({seeding.Elapsed.TotalSeconds:F0} s)"));
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeded {options.Pending} pending timers in {seeding.Elapsed.TotalSeconds:F1} s ({options.Pending / seeding.Elapsed.TotalSeconds:F0} /s)"));

        var measured = new ConcurrentBag<Guid>();
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds)))
        {
            await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    measured.Add(await SubmitAsync(runtime, "bench-wait-short", CancellationToken.None));
                    await Task.Delay(20);
                }
            })));
        }

        var lateness = await CollectLatenessAsync(store, measured, TimeSpan.FromMinutes(5));
        await host.StopAsync();
        Report(lateness, measured.Count);
    }

    private static async Task<List<double>> CollectLatenessAsync(IWorkflowStore store, IReadOnlyCollection<Guid> ids, TimeSpan timeout)
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

    private static void Report(List<double> lateness, int submitted)
    {
        lateness.Sort();
        double At(double q) => lateness.Count == 0 ? double.NaN : lateness[Math.Min(lateness.Count - 1, (int)Math.Ceiling(q * lateness.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"deadlines measured: {lateness.Count} of {submitted} fired"));
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
