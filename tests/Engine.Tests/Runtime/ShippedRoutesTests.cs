using Mpp.Workflows.Engine.Scripting;
using Mpp.Workflows.Definitions.Catalog.Activities;
using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Runtime.Expressions;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Engine.Tests.Runtime;

/// <summary>
/// The regency's routes in <c>workflows/</c>: each validates against the office list, and the interpreter, driven through
/// every outcome of every task (depth-first, each outcome at most once per path), always ends without a fault.
/// The HTTP tests in Designer.Tests drive the same routes through the API on both stores.
/// </summary>
public sealed class ShippedRoutesTests
{
    private static readonly FlowchartInterpreter Interpreter = new(new JintExpressionEvaluator());

    public static TheoryData<string> Routes => new() { "sip-dokter", "pbg", "reklame" };

    [Theory]
    [MemberData(nameof(Routes))]
    public void Route_Validates_AgainstTheOfficeList(string route)
    {
        var errors = DefinitionValidator.ValidateJson(File.ReadAllText(RouteFile(route)), Offices());

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("sip-dokter", new[] { "Approved", "Rejected" })]
    [InlineData("pbg", new[] { "Approved", "Rejected", "Withdrawn" })]
    [InlineData("reklame", new[] { "Approved", "Rejected", "Withdrawn" })]
    public void EveryOutcomeOfEveryTask_IsTaken_AndEveryPathEndsCleanly(string route, string[] expectedResults)
    {
        var definition = DefinitionJsonReader.Read(File.ReadAllText(RouteFile(route)));
        var explorer = new Explorer(definition.Root);
        foreach (var data in SampleData(route))
        {
            explorer.Explore(data);
        }

        var declared = definition.Root.Activities
            .Where(a => a.Type == ActivityTypes.HumanTask)
            .SelectMany(a => HumanTaskActivity.ReadSpec(a).Outcomes.Select(o => $"{a.Id}:{o}"))
            .Concat(definition.Root.Activities.Where(a => a.Type == ActivityTypes.ApplicantRevision).Select(a => $"{a.Id}:Resubmitted"));
        Assert.Empty(declared.Except(explorer.Taken));
        Assert.Empty(explorer.Faults);
        Assert.Equal(expectedResults.Order(), explorer.Results.Order());
    }

    private static IEnumerable<string> SampleData(string route) => route switch
    {
        "pbg" =>
        [
            """{"luasLantai": 450, "fungsiBangunan": "Usaha", "jumlahLantai": 3}""",
            """{"luasLantai": 72, "fungsiBangunan": "Hunian", "jumlahLantai": 1}""",
        ],
        _ => ["""{"profesi": "Dokter"}"""],
    };

    private static string RouteFile(string route) => Path.Combine(RepoPaths.Workflows, route + ".json");

    private static HashSet<string> Offices() =>
        [.. JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Workflows, "offices.json")))!["offices"]!.AsArray().Select(o => (string)o!["code"]!)];

    private sealed class Explorer(Flowchart flowchart)
    {
        public HashSet<string> Taken { get; } = [];

        public HashSet<string> Results { get; } = [];

        public List<string> Faults { get; } = [];

        public void Explore(string data)
        {
            var state = new ExecutionState();
            var start = flowchart.Activities.Single(a => a.Type == ActivityTypes.Start);
            var effects = Interpreter.Run(flowchart, state, [new PendingToken(start.Id, null)], Scope(data));
            Record(effects, "start");
            Walk(state, data, []);
        }

        private void Walk(ExecutionState state, string data, HashSet<string> path)
        {
            // Parallel branches are resumed in bookmark order: the order does not change which outcomes exist.
            var bookmark = state.Bookmarks.FirstOrDefault(b => b.Kind != BookmarkKinds.Timer);
            if (bookmark is null)
            {
                return;
            }

            var node = flowchart.Find(bookmark.ActivityId)!;
            var ports = bookmark.Kind == BookmarkKinds.Task ? HumanTaskActivity.ReadSpec(node).Outcomes : ["Resubmitted"];
            foreach (var port in ports)
            {
                var key = $"{node.Id}:{port}";
                if (path.Contains(key))
                {
                    continue;
                }

                var copy = EngineJson.Deserialize<ExecutionState>(EngineJson.Serialize(state));
                var effects = Interpreter.Resume(flowchart, copy, copy.Bookmarks.Single(b => b.Id == bookmark.Id), port, Scope(data));
                Taken.Add(key);
                if (Record(effects, key))
                {
                    Walk(copy, data, [.. path, key]);
                }
            }
        }

        private bool Record(ExecutionEffects effects, string via)
        {
            if (effects.Fault is { } fault)
            {
                Faults.Add($"{via}: {fault.Message}");
                return false;
            }

            if (effects.Result is { } result)
            {
                Results.Add(result);
                return false;
            }

            return true;
        }

        private static Func<ExpressionScope> Scope(string data) => () => new ExpressionScope(data, "{}", "{}");
    }
}
