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

        Console.WriteLine($"store={options.Store} concurrency={options.Concurrency} seconds={options.Seconds}");
        Console.WriteLine("warming up…");
        await MeasureEngineAsync(runtime, reviewer, options.Concurrency, TimeSpan.FromSeconds(2));
        await database.MeasureBaselineAsync(options.Concurrency, TimeSpan.FromSeconds(2));

        var baseline = await database.MeasureBaselineAsync(options.Concurrency, duration);
        var engine = await MeasureEngineAsync(runtime, reviewer, options.Concurrency, duration);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline (raw update+insert commits): {baseline,10:F1} /s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine transitions:                   {engine,10:F1} /s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio engine/baseline:                {engine / baseline,10:F3}"));
    }

    private static Task<double> MeasureEngineAsync(WorkflowRuntime runtime, Actor reviewer, int concurrency, TimeSpan duration) =>
        RateMeter.MeasureAsync(concurrency, duration, (_, _) =>
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
