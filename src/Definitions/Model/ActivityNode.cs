namespace Mpp.Workflows.Definitions.Model;

/// <summary>
/// One activity of a flowchart: its id, type, display name, inputs and designer metadata.
/// </summary>
/// <example>
/// <c>{ "id": "verify", "type": "Mpp.HumanTask", "name": "Verifikasi berkas",
/// "office": { "typeName": "String", "expression": { "type": "Literal", "value": "DPMPTSP" } },
/// "metadata": { "designer": { "position": { "x": 120, "y": 40 } } } }</c>
/// </example>
/// <param name="Id">Unique within the flowchart; connections refer to it.</param>
/// <param name="Type">The activity type, e.g. <c>Mpp.HumanTask</c>.</param>
/// <param name="Name">Display name, may be null.</param>
/// <param name="Inputs">Inputs by name (case-insensitive).</param>
/// <param name="Metadata">Free-form metadata; the designer keeps positions under <c>designer.position</c>.</param>
public sealed record ActivityNode(
    string Id,
    string Type,
    string? Name,
    IReadOnlyDictionary<string, ActivityInput> Inputs,
    JsonObject? Metadata = null)
{
    /// <summary>Creates a node with the given inputs (keys are matched case-insensitively).</summary>
    public static ActivityNode Create(string id, string type, string? name = null, IEnumerable<KeyValuePair<string, ActivityInput>>? inputs = null,
        DesignerPosition? position = null)
    {
        var map = new Dictionary<string, ActivityInput>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in inputs ?? [])
        {
            map[key] = value;
        }

        JsonObject? metadata = position is { } p
            ? new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = p.X, ["y"] = p.Y } } }
            : null;
        return new ActivityNode(id, type, name, map, metadata);
    }

    /// <summary>The designer position, if the definition has one.</summary>
    public DesignerPosition? Position
    {
        get
        {
            if (Metadata?["designer"]?["position"] is not JsonObject position)
            {
                return null;
            }

            return TryGetDouble(position["x"], out var x) && TryGetDouble(position["y"], out var y) ? new DesignerPosition(x, y) : null;
        }
    }

    /// <summary>The expression of an input, or null when the activity does not set it.</summary>
    public Expression? GetExpression(string inputName) => Inputs.TryGetValue(inputName, out var input) ? input.Expression : null;

    /// <summary>A literal string input; null when absent or not a literal.</summary>
    public string? GetLiteralString(string inputName) =>
        GetExpression(inputName) is { Type: ExpressionType.Literal, Value: { } value } ? ScalarToString(value) : null;

    /// <summary>A literal whole-number input; null when absent, not a literal or not a whole number.</summary>
    public int? GetLiteralInt(string inputName)
    {
        var text = GetLiteralString(inputName);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>A literal boolean input; null when absent or not a boolean.</summary>
    public bool? GetLiteralBool(string inputName) => bool.TryParse(GetLiteralString(inputName), out var value) ? value : null;

    /// <summary>The JSON value of an <see cref="ExpressionType.Object"/> (or literal) input.</summary>
    public JsonNode? GetObject(string inputName) => GetExpression(inputName) is { Type: not ExpressionType.JavaScript } e ? e.Value : null;

    /// <summary>An object input holding an array of strings (e.g. outcomes, branches); empty when absent.</summary>
    public IReadOnlyList<string> GetStringList(string inputName) =>
        GetObject(inputName) is JsonArray array
            ? array.Select(item => item is null ? null : ScalarToString(item)).OfType<string>().ToList()
            : [];

    private static string? ScalarToString(JsonNode node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
        _ => null,
    };

    private static bool TryGetDouble(JsonNode? node, out double value)
    {
        value = 0;
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out value);
    }
}
