namespace Mpp.Workflows.Definitions.Tests;

/// <summary>Small definitions for tests: valid activities by default, so each test breaks exactly the rule it is about.</summary>
internal static class Build
{
    public static ActivityInput Literal(string value) => new("String", Expression.Literal(JsonValue.Create(value)));

    public static ActivityInput Literal(int value) => new("Int32", Expression.Literal(JsonValue.Create(value)));

    public static ActivityInput Literal(bool value) => new("Boolean", Expression.Literal(JsonValue.Create(value)));

    public static ActivityInput Script(string source) => new("Boolean", Expression.JavaScript(source));

    public static ActivityInput Object(JsonNode? value) => new("Object", Expression.Object(value));

    public static ActivityInput Names(params string[] names) => new("String[]", Expression.Object(new JsonArray([.. names.Select(n => (JsonNode?)n)])));

    public static ActivityNode Node(string id, string type, params (string Name, ActivityInput Input)[] inputs) =>
        ActivityNode.Create(id, type, inputs: inputs.Select(i => KeyValuePair.Create(i.Name, i.Input)));

    public static ActivityNode Start(string id = "start") => Node(id, ActivityTypes.Start);

    public static ActivityNode Task(string id, params string[] outcomes) => Node(id, ActivityTypes.HumanTask,
        ("office", Literal("DPMPTSP")), ("role", Literal("Reviewer")), ("outcomes", Names(outcomes)));

    public static ActivityNode Task(string id, string[] outcomes, params (string Name, ActivityInput Input)[] extra) => Node(id, ActivityTypes.HumanTask,
        [("office", Literal("DPMPTSP")), ("role", Literal("Reviewer")), ("outcomes", Names(outcomes)), .. extra]);

    public static ActivityNode Revision(string id, params (string Name, ActivityInput Input)[] inputs) => Node(id, ActivityTypes.ApplicantRevision, inputs);

    public static ActivityNode Decision(string id, string condition = "application.luasLantai > 300") =>
        Node(id, ActivityTypes.FlowDecision, ("condition", Script(condition)));

    public static ActivityNode Fork(string id, params string[] branches) => Node(id, ActivityTypes.FlowFork, ("branches", Names(branches)));

    public static ActivityNode Join(string id, string mode = "WaitAll") => Node(id, ActivityTypes.FlowJoin, ("mode", Literal(mode)));

    public static ActivityNode Switch(string id, params (string Label, string Condition)[] cases) => Node(id, ActivityTypes.FlowSwitch,
        ("cases", Object(new JsonArray([.. cases.Select(c => (JsonNode?)new JsonObject { ["label"] = c.Label, ["condition"] = c.Condition })]))));

    public static ActivityNode Issue(string id, string kind = "Permit") => Node(id, ActivityTypes.IssueDocument, ("kind", Literal(kind)));

    public static ActivityNode Email(string id, string attachment = "Permit") =>
        Node(id, ActivityTypes.SendEmail, ("subject", Literal("Izin terbit")), ("attachments", Names(attachment)));

    public static ActivityNode Delay(string id, string timeSpan = "1.00:00:00") => Node(id, ActivityTypes.Delay, ("timeSpan", Literal(timeSpan)));

    public static ActivityNode End(string id, string result = "Approved") => Node(id, ActivityTypes.End, ("result", Literal(result)));

    public static Connection Wire(string from, string port, string to) => new(new Endpoint(from, port), new Endpoint(to, PortNames.In));

    public static WorkflowDefinition Definition(IReadOnlyList<ActivityNode> activities, params Connection[] connections) =>
        Definition(activities, connections, inputs: []);

    public static WorkflowDefinition Definition(IReadOnlyList<ActivityNode> activities, IReadOnlyList<Connection> connections, IReadOnlyList<FieldDefinition> inputs) =>
        new("test-v1", "test", "Uji", null, 1, true, false, inputs, new DefinitionOptions(), new Flowchart("flow", activities, connections));

    /// <summary>
    /// The smallest route that may be published: an approval issues the permit first (the validator refuses an approving
    /// end without it), and the permit step comes last in the lists so the first steps and connections keep their places.
    /// <code>
    /// start ─Done─▶ verify ─Setuju─▶ permit ─Done─▶ end-approved
    ///                  └──Tolak──▶ end-rejected
    /// </code>
    /// activities: [0] start, [1] verify, [2] end-approved, [3] end-rejected, [4] permit;
    /// connections: [0] start→verify, [1] verify→permit, [2] verify→end-rejected, [3] permit→end-approved.
    /// </summary>
    public static WorkflowDefinition Minimal() => Definition(
        [Start(), Task("verify", "Setuju", "Tolak"), End("end-approved"), End("end-rejected", "Rejected"), Issue("permit")],
        Wire("start", "Done", "verify"),
        Wire("verify", "Setuju", "permit"),
        Wire("verify", "Tolak", "end-rejected"),
        Wire("permit", "Done", "end-approved"));
}
