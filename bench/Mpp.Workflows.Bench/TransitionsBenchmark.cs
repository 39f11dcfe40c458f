using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Mpp.Workflows.Engine.Scripting;
using Mpp.Workflows.Engine;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Scheduling;
using Npgsql;

namespace Mpp.Workflows.Bench;

/// <summary>
/// Complete-task → next-task transitions through the engine (not HTTP), against a baseline of raw single-row
/// update + insert transactions on the same database at the same concurrency, in the same process.
/// </summary>
internal static class TransitionsBenchmark
{
    /// <summary>
    /// <code>
    /// start ──► first ──Next──► second ──Next──┐
    ///             ▲                            │
    ///             └────────────────────────────┘
    /// </code>
    /// A loop of two human tasks, so every completion opens the next task.
    /// </summary>
    private const string Definition = """
        {
          "definitionId": "bench-loop", "name": "Bench loop", "version": 1,
          "inputs": [ { "name": "nama", "type": "String", "displayName": "Nama", "required": true } ],
          "options": { "serviceCode": "BENCH" },
          "root": { "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "id": "start", "type": "Elsa.Start" },
              { "id": "first", "type": "Mpp.HumanTask",
                "office": { "typeName": "String", "expression": { "type": "Literal", "value": "DPMPTSP" } },
                "role": { "typeName": "String", "expression": { "type": "Literal", "value": "Reviewer" } },
                "outcomes": { "typeName": "Object", "expression": { "type": "Object", "value": ["Next"] } } },
              { "id": "second", "type": "Mpp.HumanTask",
                "office": { "typeName": "String", "expression": { "type": "Literal", "value": "DPMPTSP" } },
                "role": { "typeName": "String", "expression": { "type": "Literal", "value": "Reviewer" } },
                "outcomes": { "typeName": "Object", "expression": { "type": "Object", "value": ["Next"] } } }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "first", "port": "In" } },
              { "source": { "activity": "first", "port": "Next" }, "target": { "activity": "second", "port": "In" } },
              { "source": { "activity": "second", "port": "Next" }, "target": { "activity": "first", "port": "In" } }
            ] } }
        """;

    /// <summary>Each application makes this many transitions before a fresh one is submitted, so histories stay realistic.</summary>
    private const int TransitionsPerApplication = 20;

    public static async Task RunAsync(BenchOptions options, BenchDatabase database)
    {
        var store = database.CreateStore();
        await store.InitializeAsync(CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        var draft = await store.SaveDraftAsync("bench-loop", "Bench loop", Definition, now, CancellationToken.None);
        await store.PublishAsync("bench-loop", draft.Version, Definition, now, CancellationToken.None);

        var services = new ServiceCollection();
        services.AddSingleton(store);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddWorkflowEngine().AddJavaScriptConditions();
        services.Configure<EngineOptions>(o => o.TrackingTokenSecret = BenchSecrets.TrackingTokenSecret());
        await using var provider = services.BuildServiceProvider();
        var runtime = provider.GetRequiredService<WorkflowRuntime>();
        var reviewer = new Actor("dpmptsp.reviewer", "DPMPTSP", [StaffRoles.Reviewer]);
        var duration = TimeSpan.FromSeconds(options.Seconds);
        Func<int, TimeSpan, Task<(long Count, TimeSpan Elapsed)>> engine = (concurrency, time) => RunEngineAsync(runtime, reviewer, concurrency, time);
        Func<int, TimeSpan, Task<(long Count, TimeSpan Elapsed)>> baseline = database.RunBaselineAsync;

        Console.WriteLine(
            $"store={options.Store} concurrency={string.Join(',', options.Levels)} seconds={options.Seconds}"
            + (options.Profile ? " profile (through a counting relay: rates are lower than without it)" : string.Empty));
        var ratios = new List<(int Concurrency, double Baseline, double Engine)>();
        foreach (var concurrency in options.Levels)
        {
            Console.WriteLine($"concurrency {concurrency}: warming up…");
            await engine(concurrency, TimeSpan.FromSeconds(2));
            await baseline(concurrency, TimeSpan.FromSeconds(2));

            var baselineRate = await MeasureAsync("baseline", baseline, concurrency, duration, database.Profiler);
            var engineRate = await MeasureAsync("engine", engine, concurrency, duration, database.Profiler);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline (raw update+insert commits): {baselineRate,10:F1} /s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine transitions:                   {engineRate,10:F1} /s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio engine/baseline:                {engineRate / baselineRate,10:F3}"));
            ratios.Add((concurrency, baselineRate, engineRate));
        }

        if (ratios.Count > 1)
        {
            Console.WriteLine("concurrency  baseline/s    engine/s   ratio");
            foreach (var (concurrency, baselineRate, engineRate) in ratios)
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture, $"{concurrency,11} {baselineRate,11:F1} {engineRate,11:F1} {engineRate / baselineRate,7:F3}"));
            }
        }
    }

    /// <summary>Runs a phase and returns its rate; with a profiler, also prints what one operation cost.</summary>
    private static async Task<double> MeasureAsync(
        string name, Func<int, TimeSpan, Task<(long Count, TimeSpan Elapsed)>> run, int concurrency, TimeSpan duration, PhaseProfiler? profiler)
    {
        if (profiler is null)
        {
            var (count, elapsed) = await run(concurrency, duration);
            return count / elapsed.TotalSeconds;
        }

        await using var phase = await profiler.StartAsync();
        var (operations, time) = await run(concurrency, duration);
        var figures = await phase.Stop(operations);
        Console.WriteLine($"  {name,-8} per operation: {figures}");
        return operations / time.TotalSeconds;
    }

    private static Task<(long Count, TimeSpan Elapsed)> RunEngineAsync(WorkflowRuntime runtime, Actor reviewer, int concurrency, TimeSpan duration) =>
        RateMeter.CountAsync(concurrency, duration, (_, _) =>
        {
            Guid? openTask = null;
            var done = 0;
            return Task.FromResult<Func<CancellationToken, Task>>(async ct =>
            {
                if (openTask is null || done % TransitionsPerApplication == 0)
                {
                    var submitted = await runtime.SubmitAsync(
                        new SubmitCommand("bench-loop", new Applicant("Bench", "bench@example.org", null, null), new JsonObject { ["nama"] = "x" }, null, Actor.Applicant),
                        ct);
                    var application = await runtime.GetApplicationAsync(submitted.Id, ct);
                    openTask = application!.OpenTasks[0].Id;
                }

                var next = await runtime.CompleteTaskAsync(openTask.Value, new CompleteTaskCommand("Next", null, null), reviewer, ct);
                openTask = next.OpenTasks[0].Id;
                done++;
            });
        });
}
