namespace Mpp.Workflows.Definitions.Json;

/// <summary>
/// Reads a definition document (Elsa 3 shape, see <c>notes/format.md</c>) into a <see cref="WorkflowDefinition"/>.
/// Property names are matched case-insensitively; connections may be nested (<c>{source:{activity,port}}</c>) or flat
/// (<c>{source, sourcePort, target, targetPort}</c>); an activity input may be written bare instead of as
/// <c>{typeName, expression}</c>. Only the shape is checked here: whether the flowchart makes sense is the
/// validator's job, so that an analyst sees all of those problems at once.
/// </summary>
/// <example>
/// <code>
/// var definition = DefinitionJsonReader.Read(File.ReadAllText("workflows/sip-dokter.json"));
/// </code>
/// </example>
public static partial class DefinitionJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Activity properties that Elsa writes besides inputs; everything else on an activity is an input.</summary>
    private static readonly HashSet<string> NonInputProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "type", "name", "metadata", "version", "customProperties", "nodeId", "canStartWorkflow", "runAsynchronously",
    };

    private static readonly string[] ExpressionTypeNames = Enum.GetNames<ExpressionType>();

    /// <summary>Reads a definition from JSON text.</summary>
    /// <exception cref="DefinitionFormatException">The text is not JSON or not shaped like a definition.</exception>
    public static WorkflowDefinition Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadUtf8(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a definition from a UTF-8 stream (a byte order mark is allowed).</summary>
    /// <exception cref="DefinitionFormatException">The content is not JSON or not shaped like a definition.</exception>
    public static WorkflowDefinition Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return ReadUtf8(buffer.ToArray());
    }

    private static WorkflowDefinition ReadUtf8(ReadOnlyMemory<byte> utf8)
    {
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        JsonNode? document;
        try
        {
            using var parsed = JsonDocument.Parse(utf8, DocumentOptions);
            document = JsonNodes.FromElement(parsed.RootElement, JsonPaths.Root);
        }
        catch (JsonException e)
        {
            var path = JsonSyntaxLocator.PathOfError(utf8.Span, new JsonReaderOptions
            {
                AllowTrailingCommas = DocumentOptions.AllowTrailingCommas,
                CommentHandling = DocumentOptions.CommentHandling,
            });
            throw new DefinitionFormatException(path,
                $"Not valid JSON (line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}): {Describe(e)}", e);
        }

        return ReadDefinition(document);
    }

    /// <summary>The parser's message without the position it appends (reported separately, 1-based).</summary>
    private static string Describe(JsonException e)
    {
        var cut = e.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut < 0 ? e.Message : e.Message[..cut];
    }

    private static WorkflowDefinition ReadDefinition(JsonNode? node)
    {
        const string path = JsonPaths.Root;
        var obj = RequireObject(node, path, "A definition");

        var schemaVersion = OptionalInt(obj, "schemaVersion", path) ?? WorkflowDefinition.CurrentSchemaVersion;
        if (schemaVersion < 1)
        {
            throw new DefinitionFormatException(JsonPaths.Property(path, "schemaVersion"), "The schema version must be 1 or more.");
        }

        if (schemaVersion > WorkflowDefinition.CurrentSchemaVersion)
        {
            throw new DefinitionFormatException(JsonPaths.Property(path, "schemaVersion"),
                $"Schema version {schemaVersion} is newer than this version of Mpp.Workflows understands " +
                $"({WorkflowDefinition.CurrentSchemaVersion}); update Mpp.Workflows before loading this definition.");
        }

        var inputsPath = JsonPaths.Property(path, "inputs");
        var inputs = OptionalArray(obj, "inputs", path) is { } inputArray
            ? inputArray.Select((field, i) => ReadField(field, JsonPaths.Index(inputsPath, i))).ToList()
            : [];

        var rootPath = JsonPaths.Property(path, "root");
        var root = JsonNodes.Get(obj, "root") is { } rootNode
            ? ReadFlowchart(rootNode, rootPath)
            : throw new DefinitionFormatException(rootPath, "A definition needs a root flowchart (\"root\": { \"type\": \"Elsa.Flowchart\", … }).");

        return new WorkflowDefinition(
            OptionalString(obj, "id", path) ?? string.Empty,
            OptionalString(obj, "definitionId", path) ?? string.Empty,
            OptionalString(obj, "name", path) ?? string.Empty,
            OptionalString(obj, "description", path),
            OptionalInt(obj, "version", path) ?? 1,
            OptionalBool(obj, "isLatest", path) ?? false,
            OptionalBool(obj, "isPublished", path) ?? false,
            inputs,
            OptionalObject(obj, "options", path) is { } options
                ? ReadOptions(options, JsonPaths.Property(path, "options"))
                : new DefinitionOptions(),
            root,
            schemaVersion);
    }

    private static FieldDefinition ReadField(JsonNode? node, string path) =>
        FieldDefinitionJson.Read(node, path, static (at, message) => throw new DefinitionFormatException(at, message))
        ?? throw new DefinitionFormatException(path, "The field cannot be read.");

    private static DefinitionOptions ReadOptions(JsonObject obj, string path)
    {
        FeeInfo? fee = null;
        if (OptionalObject(obj, "fee", path) is { } feeObject)
        {
            var feePath = JsonPaths.Property(path, "fee");
            fee = new FeeInfo(
                OptionalDecimal(feeObject, "amount", feePath),
                OptionalString(feeObject, "currency", feePath) ?? "IDR",
                OptionalString(feeObject, "note", feePath));
        }

        return new DefinitionOptions(
            OptionalString(obj, "serviceCode", path),
            Requirements(obj, path),
            fee,
            OptionalInt(obj, "slaDays", path),
            OptionalInt(obj, "statutoryDays", path),
            OptionalString(obj, "onStatutoryDeadline", path),
            OptionalStringList(obj, "legalBasis", path),
            OptionalInt(obj, "permitValidityYears", path),
            OptionalObject(obj, "permit", path)?.DeepClone().AsObject());
    }

    private static Flowchart ReadFlowchart(JsonNode node, string path)
    {
        var obj = RequireObject(node, path, "The root flowchart");
        var type = OptionalString(obj, "type", path);
        if (type is not null && !string.Equals(type, Flowchart.TypeName, StringComparison.OrdinalIgnoreCase))
        {
            throw new DefinitionFormatException(JsonPaths.Property(path, "type"), $"The root must be an {Flowchart.TypeName}, not '{type}'.");
        }

        var activitiesPath = JsonPaths.Property(path, "activities");
        var activities = OptionalArray(obj, "activities", path) is { } activityArray
            ? activityArray.Select((activity, i) => ReadActivity(activity, JsonPaths.Index(activitiesPath, i))).ToList()
            : [];

        var connectionsPath = JsonPaths.Property(path, "connections");
        var connections = OptionalArray(obj, "connections", path) is { } connectionArray
            ? connectionArray.Select((connection, i) => ReadConnection(connection, JsonPaths.Index(connectionsPath, i))).ToList()
            : [];

        return new Flowchart(OptionalString(obj, "id", path) ?? "flow", activities, connections);
    }

    private static ActivityNode ReadActivity(JsonNode? node, string path)
    {
        var obj = RequireObject(node, path, "An activity");
        var type = OptionalString(obj, "type", path) ?? string.Empty;

        // A step of another product (an Elsa Studio export's Elsa.WriteLine, say) is kept to be shown and replaced: its
        // inputs may use expression languages this product does not have, so those it cannot read are left in the document.
        var known = type.Length == 0 || ActivityTypes.All.Contains(type);
        var inputs = new Dictionary<string, ActivityInput>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in obj)
        {
            if (!NonInputProperties.Contains(name) && (known ? ReadInput(value, JsonPaths.Property(path, name)) : TryReadInput(value)) is { } input)
            {
                inputs[name] = input;
            }
        }

        return new ActivityNode(
            OptionalString(obj, "id", path) ?? string.Empty,
            type,
            OptionalString(obj, "name", path),
            inputs,
            OptionalObject(obj, "metadata", path)?.DeepClone().AsObject());
    }

    /// <summary>An input of a step this product does not have: read when it can be, else left out (null).</summary>
    private static ActivityInput? TryReadInput(JsonNode? node)
    {
        try
        {
            return ReadInput(node, JsonPaths.Root);
        }
        catch (DefinitionFormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// An input in Elsa's shape, or a bare value taken as a literal. Null (Elsa writes unset inputs and outputs that way)
    /// means the activity does not set it.
    /// </summary>
    private static ActivityInput? ReadInput(JsonNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject obj || (JsonNodes.Get(obj, "typeName") is null && !ContainsName(obj, "expression")))
        {
            return new ActivityInput(BareTypeName(node), Expression.Literal(node.DeepClone()));
        }

        var typeName = OptionalString(obj, "typeName", path) ?? "Object";
        var expressionPath = JsonPaths.Property(path, "expression");
        if (JsonNodes.Get(obj, "expression") is not { } expressionNode)
        {
            return null;
        }

        var expression = RequireObject(expressionNode, expressionPath, "An expression");
        var typeText = OptionalString(expression, "type", expressionPath)
            ?? throw new DefinitionFormatException(JsonPaths.Property(expressionPath, "type"),
                $"An expression needs a type ({string.Join(", ", ExpressionTypeNames)}).");
        var type = ParseExpressionType(typeText, JsonPaths.Property(expressionPath, "type"));
        var value = JsonNodes.Get(expression, "value")?.DeepClone();
        var valuePath = JsonPaths.Property(expressionPath, "value");
        return type switch
        {
            ExpressionType.JavaScript when value is not null && JsonNodes.AsString(value) is null =>
                throw new DefinitionFormatException(valuePath, $"JavaScript source must be a string, not {JsonNodes.KindOf(value)}."),
            ExpressionType.Object when JsonNodes.AsString(value) is { } text =>
                new ActivityInput(typeName, Expression.Object(ParseEmbeddedJson(text, valuePath))),
            _ => new ActivityInput(typeName, new Expression(type, value)),
        };
    }

    /// <summary>Elsa writes Object values as a string holding JSON; text that is not JSON stays a string.</summary>
    private static JsonNode? ParseEmbeddedJson(string text, string path)
    {
        try
        {
            using var parsed = JsonDocument.Parse(text, DocumentOptions);
            return JsonNodes.FromElement(parsed.RootElement, path);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private static ExpressionType ParseExpressionType(string text, string path)
    {
        var match = ExpressionTypeNames.FirstOrDefault(name => string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            ?? throw new DefinitionFormatException(path,
                $"Expression type '{text}' is not supported; use {string.Join(", ", ExpressionTypeNames)}.");
        return Enum.Parse<ExpressionType>(match);
    }

    private static string BareTypeName(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => "String",
        JsonValueKind.True or JsonValueKind.False => "Boolean",
        JsonValueKind.Number => node.AsValue().TryGetValue<int>(out _) ? "Int32" : "Decimal",
        _ => "Object",
    };

    private static Connection ReadConnection(JsonNode? node, string path)
    {
        var obj = RequireObject(node, path, "A connection");
        var source = ReadEndpoint(obj, "source", "sourcePort", path, defaultPort: null);
        var target = ReadEndpoint(obj, "target", "targetPort", path, defaultPort: PortNames.In);
        return new Connection(source, target);
    }

    /// <summary>
    /// Either the nested Elsa 3 form (<c>"source": {"activity": "a", "port": "Done"}</c>) or the flat one
    /// (<c>"source": "a", "sourcePort": "Done"</c>; Elsa 2 called the source port <c>outcome</c>).
    /// </summary>
    private static Endpoint ReadEndpoint(JsonObject connection, string name, string flatPortName, string path, string? defaultPort)
    {
        var endpointPath = JsonPaths.Property(path, name);
        switch (JsonNodes.Get(connection, name))
        {
            case JsonObject nested:
                var activity = OptionalString(nested, "activity", endpointPath)
                    ?? throw new DefinitionFormatException(JsonPaths.Property(endpointPath, "activity"),
                        $"The connection's {name} needs an activity id.");
                var port = OptionalString(nested, "port", endpointPath) ?? defaultPort
                    ?? throw new DefinitionFormatException(JsonPaths.Property(endpointPath, "port"), $"The connection's {name} needs a port.");
                return new Endpoint(activity, port);
            case JsonValue value when JsonNodes.AsString(value) is { } flatActivity:
                var flatPort = OptionalString(connection, flatPortName, path)
                    ?? (defaultPort is null ? OptionalString(connection, "outcome", path) : null)
                    ?? defaultPort
                    ?? throw new DefinitionFormatException(JsonPaths.Property(path, flatPortName), $"The connection needs a {flatPortName}.");
                return new Endpoint(flatActivity, flatPort);
            case null:
                throw new DefinitionFormatException(endpointPath, $"A connection needs a {name}.");
            case var other:
                throw new DefinitionFormatException(endpointPath,
                    $"The connection's {name} must be an object {{activity, port}} or an activity id, not {JsonNodes.KindOf(other)}.");
        }
    }

    /// <summary>Each requirement a string (brought to the counter) or an object <c>{ name, upload?, bring? }</c>.</summary>
    private static List<ServiceRequirement>? Requirements(JsonObject obj, string path)
    {
        if (OptionalArray(obj, "requirements", path) is not { } array)
        {
            return null;
        }

        var listPath = JsonPaths.Property(path, "requirements");
        return array.Select((item, i) =>
        {
            var at = JsonPaths.Index(listPath, i);
            return item switch
            {
                _ when JsonNodes.AsString(item) is { } name => new ServiceRequirement(name),
                JsonObject requirement => new ServiceRequirement(
                    OptionalString(requirement, "name", at) ?? string.Empty,
                    OptionalString(requirement, "upload", at),
                    OptionalString(requirement, "bring", at)),
                _ => throw new DefinitionFormatException(at,
                    $"A requirement must be a string or an object {{name, upload, bring}}, not {JsonNodes.KindOf(item)}."),
            };
        }).ToList();
    }

    private static List<string>? OptionalStringList(JsonObject obj, string name, string path)
    {
        if (OptionalArray(obj, name, path) is not { } array)
        {
            return null;
        }

        var listPath = JsonPaths.Property(path, name);
        return array.Select((item, i) => JsonNodes.AsString(item)
            ?? throw new DefinitionFormatException(JsonPaths.Index(listPath, i),
                $"Each entry of '{name}' must be a string, not {JsonNodes.KindOf(item)}."))
            .ToList();
    }

    private static string Quote(JsonNode? node) => node is null || node.GetValueKind() is JsonValueKind.Object or JsonValueKind.Array
        ? JsonNodes.KindOf(node)
        : node.ToJsonString();
}
