using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions;

/// <summary>
/// Finds every problem in a definition before it is published, each located by a JSON path into the document:
/// identity, the application form, each activity's inputs (see the activity types), the wiring of ports, reachability
/// and loops that would never wait. Paths name an activity input by its name and an entry of a list input by index
/// (<c>$.root.activities[3].outcomes[1]</c>), whether the file writes the value bare or inside <c>expression.value</c>.
/// </summary>
/// <example>
/// <code>
/// foreach (var error in DefinitionValidator.ValidateJson(json, offices))
///     Console.WriteLine($"{error.Path}: {error.Message}");
/// </code>
/// </example>
public static class DefinitionValidator
{
    private const string ActivitiesPath = "$.root.activities";
    private const string ConnectionsPath = "$.root.connections";

    /// <summary>Every problem of <paramref name="definition"/>; empty when it may be published.</summary>
    /// <param name="definition">The definition to check.</param>
    /// <param name="knownOffices">Office codes that exist; null skips the office check.</param>
    public static IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition, IReadOnlySet<string>? knownOffices = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var context = new ValidationContext(knownOffices);
        CheckIdentity(definition, context);
        FieldRules.Check(definition.Inputs.Select((field, i) => (field, JsonPaths.Index("$.inputs", i))), context, applicationForm: true);
        CheckOptions(definition.Options, definition.Inputs, context);

        var graph = new FlowGraph(definition.Root, ActivityCatalog.Default);
        CheckActivities(graph, context);
        CheckConnections(graph, context);
        CheckPorts(graph, context);
        CheckReachability(graph, context);
        CheckLoopsWithoutWaiting(graph, context);
        DocumentChecks.Check(graph, context, ActivityPath);
        context.Replace(context.Errors.Select(e => e with { ActivityId = ActivityIdOf(e, graph) }));
        return context.Errors;
    }

    /// <summary>Reads and validates a definition document; a document that cannot be read gives a single error at its path.</summary>
    public static IReadOnlyList<ValidationError> ValidateJson(string json, IReadOnlySet<string>? knownOffices = null)
    {
        WorkflowDefinition definition;
        try
        {
            definition = DefinitionJsonReader.Read(json);
        }
        catch (DefinitionFormatException e)
        {
            return [new ValidationError(e.Path, e.Reason)];
        }

        return Validate(definition, knownOffices);
    }

    private static void CheckIdentity(WorkflowDefinition definition, ValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(definition.Id))
        {
            context.Add("$.id", "The definition version needs an id, e.g. \"sip-dokter-v1\".");
        }

        if (string.IsNullOrWhiteSpace(definition.DefinitionId))
        {
            context.Add("$.definitionId", ValidationCodes.DefinitionIdMissing, "The definition needs a definitionId, e.g. \"sip-dokter\".");
        }

        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            context.Add("$.name", ValidationCodes.NameMissing, "The definition needs a name (the service's display name).");
        }

        if (definition.Version < 1)
        {
            context.Add("$.version", $"The version must be 1 or more, not {definition.Version}.");
        }

        if (definition.SchemaVersion is < 1 or > WorkflowDefinition.CurrentSchemaVersion)
        {
            context.Add("$.schemaVersion",
                $"Schema version {definition.SchemaVersion} is not supported; this version of Mpp.Workflows writes {WorkflowDefinition.CurrentSchemaVersion}.");
        }
    }

    private static void CheckOptions(DefinitionOptions options, IReadOnlyList<FieldDefinition> inputs, ValidationContext context)
    {
        for (var i = 0; i < (options.Requirements?.Count ?? 0); i++)
        {
            var requirement = options.Requirements![i];
            var path = JsonPaths.Index("$.options.requirements", i);
            if (string.IsNullOrWhiteSpace(requirement.Name))
            {
                context.Add(JsonPaths.Property(path, "name"), "A requirement needs a name: what the applicant provides.");
            }

            if (requirement.Upload is { } upload && !inputs.Any(f => f.Type == FieldType.File && string.Equals(f.Name, upload, StringComparison.Ordinal)))
            {
                context.Add(JsonPaths.Property(path, "upload"), $"'upload' must name a File field of the form; '{upload}' is none.");
            }
        }

        void NotNegative(int? value, string name)
        {
            if (value < 0)
            {
                context.Add($"$.options.{name}", $"'{name}' must not be negative.");
            }
        }

        NotNegative(options.SlaDays, "slaDays");
        NotNegative(options.StatutoryDays, "statutoryDays");
        NotNegative(options.PermitValidityYears, "permitValidityYears");
        if (options.Fee?.Amount < 0)
        {
            context.Add("$.options.fee.amount", "The fee must not be negative.");
        }

        string[] deadlineActions = ["DeemApprove", "Notify"];
        if (options.OnStatutoryDeadline is { } action && !deadlineActions.Contains(action, StringComparer.OrdinalIgnoreCase))
        {
            context.Add("$.options.onStatutoryDeadline", $"'onStatutoryDeadline' must be {string.Join(" or ", deadlineActions)}, not '{action}'.");
        }

        if (options.OnStatutoryDeadline is not null && options.StatutoryDays is null)
        {
            context.Add("$.options.onStatutoryDeadline", "'onStatutoryDeadline' needs 'statutoryDays': without them the statutory deadline never comes.");
        }
    }

    private static void CheckActivities(FlowGraph graph, ValidationContext context)
    {
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var starts = new List<int>();
        for (var i = 0; i < graph.Activities.Count; i++)
        {
            var activity = graph.Activities[i];
            var path = ActivityPath(i);
            if (string.IsNullOrWhiteSpace(activity.Id))
            {
                context.Add(JsonPaths.Property(path, "id"), "An activity needs an id.");
            }
            else if (!firstIndex.TryAdd(activity.Id, i))
            {
                context.Add(JsonPaths.Property(path, "id"), ValidationCodes.StepIdRepeated, $"Activity id '{activity.Id}' is already used by {ActivityPath(firstIndex[activity.Id])}.");
            }

            if (graph.TypeOf(i) is { } type)
            {
                type.Validate(activity, path, context);
                if (type.Descriptor.Type == ActivityTypes.Start)
                {
                    starts.Add(i);
                }
            }
            else
            {
                context.Add(JsonPaths.Property(path, "type"), ValidationCodes.StepTypeUnknown, string.IsNullOrWhiteSpace(activity.Type)
                    ? "The activity needs a type."
                    : $"Unknown activity type '{activity.Type}'; the catalog has " +
                      $"{string.Join(", ", ActivityCatalog.Default.Descriptors.Select(d => d.Type))}.", activity.Type);
            }
        }

        if (starts.Count == 0)
        {
            context.Add(ActivitiesPath, ValidationCodes.StartMissing, $"The flowchart needs an {ActivityTypes.Start} activity.");
        }

        foreach (var extra in starts.Skip(1))
        {
            context.Add(ActivityPath(extra), ValidationCodes.StartRepeated, $"The flowchart has more than one {ActivityTypes.Start}; the first is {ActivityPath(starts[0])}.");
        }
    }

    private static void CheckConnections(FlowGraph graph, ValidationContext context)
    {
        var seen = new Dictionary<(string, string, string, string), int>();
        var fromPort = new Dictionary<(string, string), int>();
        for (var k = 0; k < graph.Connections.Count; k++)
        {
            var connection = graph.Connections[k];
            var path = JsonPaths.Index(ConnectionsPath, k);
            var source = graph.IndexOf(connection.Source.Activity);
            var target = graph.IndexOf(connection.Target.Activity);
            if (source is null)
            {
                context.Add(JsonPaths.Property(JsonPaths.Property(path, "source"), "activity"), ValidationCodes.ConnectionUnknownStep,
                    $"The connection leaves an unknown activity '{connection.Source.Activity}'.");
            }
            else if (graph.TypeOf(source.Value)?.Descriptor.Type == ActivityTypes.End)
            {
                context.Add(JsonPaths.Property(path, "source"), ValidationCodes.ConnectionFromEnd,
                    $"'{connection.Source.Activity}' is an {ActivityTypes.End}: nothing runs after it, so it cannot have outgoing connections.");
            }
            else if (graph.TypeOf(source.Value) is { } type
                && !graph.PortsOf(source.Value).Contains(connection.Source.Port, StringComparer.OrdinalIgnoreCase))
            {
                var ports = graph.PortsOf(source.Value);
                context.Add(JsonPaths.Property(JsonPaths.Property(path, "source"), "port"), ValidationCodes.ConnectionUnknownOutcome, ports.Count == 0
                    ? $"'{connection.Source.Activity}' ({type.Descriptor.Type}) has no ports, so it has no port '{connection.Source.Port}'."
                    : $"'{connection.Source.Activity}' has no port '{connection.Source.Port}'; its ports are {string.Join(", ", ports)}.", connection.Source.Port);
            }

            if (target is null)
            {
                context.Add(JsonPaths.Property(JsonPaths.Property(path, "target"), "activity"), ValidationCodes.ConnectionUnknownStep,
                    $"The connection enters an unknown activity '{connection.Target.Activity}'.");
            }

            if (!string.Equals(connection.Target.Port, PortNames.In, StringComparison.OrdinalIgnoreCase))
            {
                context.Add(JsonPaths.Property(JsonPaths.Property(path, "target"), "port"),
                    $"A connection enters through port '{PortNames.In}', not '{connection.Target.Port}'.");
            }

            // Ports match case-insensitively (as the engine follows them), so "Tolak" and "tolak" are the same port.
            var portKey = (connection.Source.Activity, connection.Source.Port.ToUpperInvariant());
            var key = (portKey.Activity, portKey.Item2, connection.Target.Activity, connection.Target.Port.ToUpperInvariant());
            if (seen.TryGetValue(key, out var duplicateOf))
            {
                context.Add(path, ValidationCodes.ConnectionRepeated, $"The connection repeats {JsonPaths.Index(ConnectionsPath, duplicateOf)}.");
            }
            else if (fromPort.TryGetValue(portKey, out var earlier))
            {
                context.Add(JsonPaths.Property(path, "source"), ValidationCodes.OutcomeConnectedTwice,
                    $"Port '{connection.Source.Port}' of '{connection.Source.Activity}' is already connected by {JsonPaths.Index(ConnectionsPath, earlier)}; " +
                    "a port leads to exactly one activity (use a fork for parallel paths).", connection.Source.Port);
            }

            seen.TryAdd(key, k);
            fromPort.TryAdd(portKey, k);
        }
    }

    /// <summary>A port that fires without a connection would strand the application; a join with one inbound path never joins anything.</summary>
    private static void CheckPorts(FlowGraph graph, ValidationContext context)
    {
        for (var i = 0; i < graph.Activities.Count; i++)
        {
            if (graph.TypeOf(i) is not { } type)
            {
                continue;
            }

            var activity = graph.Activities[i];
            var dynamicPorts = type.Descriptor.DynamicPortsInput is null
                ? []
                : type.GetOutboundPorts(activity).Except(type.Descriptor.Ports.Select(p => p.Name)).ToList();
            foreach (var port in graph.PortsOf(i))
            {
                var connected = graph.Connections.Any(c =>
                    c.Source.Activity == activity.Id && string.Equals(c.Source.Port, port, StringComparison.OrdinalIgnoreCase));
                if (!connected && type.IsPortRequired(activity, port))
                {
                    var dynamicIndex = dynamicPorts.FindIndex(p => string.Equals(p, port, StringComparison.Ordinal));
                    var path = dynamicIndex >= 0 && type.Descriptor.DynamicPortsInput is { } portsInput
                        ? JsonPaths.Index(JsonPaths.Property(ActivityPath(i), portsInput), dynamicIndex)
                        : ActivityPath(i);
                    context.Add(path, ValidationCodes.OutcomeUnconnected, $"Port '{port}' of '{activity.Id}' has no outgoing connection.", port);
                }
            }

            if (type.Descriptor.Type == ActivityTypes.FlowJoin)
            {
                var inbound = graph.Connections
                    .Where(c => c.Target.Activity == activity.Id)
                    .Select(c => (c.Source.Activity, c.Source.Port.ToUpperInvariant()))
                    .Distinct()
                    .Count();
                if (inbound < 2)
                {
                    context.Add(ActivityPath(i), ValidationCodes.JoinTooFewInbound, $"Join '{activity.Id}' has {inbound} inbound connection(s); it joins at least two.",
                        inbound.ToString(CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private static void CheckReachability(FlowGraph graph, ValidationContext context)
    {
        var starts = Enumerable.Range(0, graph.Activities.Count).Where(i => graph.TypeOf(i)?.Descriptor.Type == ActivityTypes.Start).ToList();
        if (starts.Count == 0)
        {
            return;
        }

        var reached = new bool[graph.Activities.Count];
        var pending = new Stack<int>(starts);
        foreach (var start in starts)
        {
            reached[start] = true;
        }

        while (pending.TryPop(out var current))
        {
            foreach (var next in graph.Successors(current).Where(next => !reached[next]))
            {
                reached[next] = true;
                pending.Push(next);
            }
        }

        for (var i = 0; i < reached.Length; i++)
        {
            if (!reached[i] && graph.IndexOf(graph.Activities[i].Id) == i)
            {
                context.Add(ActivityPath(i), ValidationCodes.Unreachable, $"Activity '{graph.Activities[i].Id}' cannot be reached from the start.");
            }
        }
    }

    /// <summary>
    /// Only a wait state (task, applicant revision, timer) lets anything change: JavaScript sees the application data and
    /// task outcomes, which change only when someone acts. A cycle through no wait state would therefore run forever within
    /// one command. Such cycles are exactly the non-trivial strongly connected components of the graph without its wait
    /// states; each component is reported once.
    /// </summary>
    private static void CheckLoopsWithoutWaiting(FlowGraph graph, ValidationContext context)
    {
        bool Included(int i) => graph.TypeOf(i) is { Descriptor.IsWaitState: false };
        foreach (var component in graph.StronglyConnectedComponents(Included))
        {
            var first = component.Min();
            var isCycle = component.Count > 1 || graph.Successors(first).Contains(first);
            if (isCycle)
            {
                var ids = component.Order().Select(i => $"'{graph.Activities[i].Id}'");
                context.Add(ActivityPath(first), ValidationCodes.LoopWithoutWait,
                    $"Activities {string.Join(", ", ids)} form a loop without a task, applicant revision or delay; it would run forever.",
                    [.. component.Order().Where(i => i != first).Select(i => graph.Activities[i].Id)]);
            }
        }
    }

    private static string ActivityPath(int index) => JsonPaths.Index(ActivitiesPath, index);

    /// <summary>
    /// The step an error concerns: the activity its path points into, or for a connection the step it leaves (it enters
    /// when the source is unknown).
    /// </summary>
    private static string? ActivityIdOf(ValidationError error, FlowGraph graph)
    {
        if (JsonPaths.IndexAfter(error.Path, ActivitiesPath) is { } i && i < graph.Activities.Count)
        {
            return graph.Activities[i].Id;
        }

        if (JsonPaths.IndexAfter(error.Path, ConnectionsPath) is { } k && k < graph.Connections.Count)
        {
            var connection = graph.Connections[k];
            return graph.IndexOf(connection.Source.Activity) is not null ? connection.Source.Activity
                : graph.IndexOf(connection.Target.Activity) is not null ? connection.Target.Activity : null;
        }

        return null;
    }
}
