namespace Mpp.Workflows.Engine.Tests.Runtime;

/// <summary>Builds small flowcharts for interpreter tests without JSON.</summary>
internal sealed class Flow
{
    private readonly List<ActivityNode> _activities = [];
    private readonly List<Connection> _connections = [];

    public Flow Start(string id = "start") => Add(id, ActivityTypes.Start);

    public Flow Task(string id, string office, params string[] outcomes) => Add(id, ActivityTypes.HumanTask,
        ("office", Literal(office)), ("role", Literal("Reviewer")), ("outcomes", Obj(new JsonArray([.. outcomes.Select(o => (JsonNode?)o)]))));

    public Flow TaskTitled(string id, string office, string titleScript, params string[] outcomes) => Add(id, ActivityTypes.HumanTask,
        ("office", Literal(office)), ("role", Literal("Reviewer")), ("title", Js(titleScript)),
        ("outcomes", Obj(new JsonArray([.. outcomes.Select(o => (JsonNode?)o)]))));

    public Flow Decision(string id, string condition) => Add(id, ActivityTypes.FlowDecision, ("condition", Js(condition)));

    public Flow Fork(string id, params string[] branches) =>
        Add(id, ActivityTypes.FlowFork, ("branches", Obj(new JsonArray([.. branches.Select(b => (JsonNode?)b)]))));

    public Flow Join(string id, string mode) => Add(id, ActivityTypes.FlowJoin, ("mode", Literal(mode)));

    public Flow Revision(string id) => Add(id, ActivityTypes.ApplicantRevision);

    public Flow End(string id, string result) => Add(id, ActivityTypes.End, ("result", Literal(result)));

    public Flow Connect(string source, string port, string target)
    {
        _connections.Add(new Connection(new Endpoint(source, port), new Endpoint(target, "In")));
        return this;
    }

    public Flowchart Build() => new("flow", _activities, _connections);

    private Flow Add(string id, string type, params (string Name, ActivityInput Input)[] inputs)
    {
        _activities.Add(ActivityNode.Create(id, type, id, inputs.Select(i => KeyValuePair.Create(i.Name, i.Input))));
        return this;
    }

    private static ActivityInput Literal(string value) => new("String", Expression.Literal(value));

    private static ActivityInput Js(string source) => new("Boolean", Expression.JavaScript(source));

    private static ActivityInput Obj(JsonNode value) => new("Object", Expression.Object(value));
}
