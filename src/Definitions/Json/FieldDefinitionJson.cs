namespace Mpp.Workflows.Definitions.Json;

/// <summary>
/// Reads <see cref="FieldDefinition"/>s. The same reading serves the application form (where a shape problem
/// is fatal), a task's <c>form</c> input (where the validator lists the problems) and the engine (which skips bad fields).
/// </summary>
internal static class FieldDefinitionJson
{
    /// <summary>The field types as written in JSON.</summary>
    public static readonly IReadOnlyList<string> TypeNames = Enum.GetNames<FieldType>();

    /// <summary>
    /// Reads one field; reports each problem that prevents a <see cref="FieldDefinition"/> from holding it and returns null
    /// when the field cannot be read at all. Problems the model can hold (an empty name) are left to the validator.
    /// </summary>
    public static FieldDefinition? Read(JsonNode? node, string path, Action<string, string> report)
    {
        if (node is not JsonObject obj)
        {
            report(path, $"A field must be an object with name and type, not {JsonNodes.KindOf(node)}.");
            return null;
        }

        var ok = true;
        string? Text(string name)
        {
            var value = JsonNodes.Get(obj, name);
            if (value is null)
            {
                return null;
            }

            if (JsonNodes.AsString(value) is { } text)
            {
                return text;
            }

            report(JsonPaths.Property(path, name), $"'{name}' must be a string, not {JsonNodes.KindOf(value)}.");
            ok = false;
            return null;
        }

        var name = Text("name") ?? string.Empty;
        var typeText = Text("type");
        var type = FieldType.String;
        if (typeText is not null && !TryParseType(typeText, out type))
        {
            report(JsonPaths.Property(path, "type"), $"Unknown field type '{typeText}'; use {string.Join(", ", TypeNames)}.");
            ok = false;
        }

        var displayName = Text("displayName");
        var description = Text("description");
        var uiHint = Text("uiHint");

        var required = false;
        switch (JsonNodes.Get(obj, "required"))
        {
            case null:
                break;
            case JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                required = value.GetValue<bool>();
                break;
            case var other:
                report(JsonPaths.Property(path, "required"), $"'required' must be true or false, not {JsonNodes.KindOf(other)}.");
                ok = false;
                break;
        }

        List<string>? options = null;
        switch (JsonNodes.Get(obj, "options"))
        {
            case null:
                break;
            case JsonArray array:
                options = [];
                for (var i = 0; i < array.Count; i++)
                {
                    if (JsonNodes.AsString(array[i]) is { } option)
                    {
                        options.Add(option);
                    }
                    else
                    {
                        report(JsonPaths.Index(JsonPaths.Property(path, "options"), i), "An option must be a string.");
                        ok = false;
                    }
                }

                break;
            case var other:
                report(JsonPaths.Property(path, "options"), $"'options' must be an array of strings, not {JsonNodes.KindOf(other)}.");
                ok = false;
                break;
        }

        int? Whole(string name)
        {
            switch (JsonNodes.Get(obj, name))
            {
                case null:
                    return null;
                case JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number):
                    return number;
                case var other:
                    report(JsonPaths.Property(path, name), $"'{name}' must be a whole number, not {JsonNodes.KindOf(other)}.");
                    ok = false;
                    return null;
            }
        }

        var maxLength = Whole("maxLength");
        var minLength = Whole("minLength");

        var applicant = Text("applicant");
        var format = Text("format");
        return ok ? new FieldDefinition(name, type, displayName ?? name, description, uiHint, required, options, maxLength, applicant, format, minLength) : null;
    }

    /// <summary>Case-insensitive, names only: <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> would also take "3".</summary>
    private static bool TryParseType(string text, out FieldType type)
    {
        var match = TypeNames.FirstOrDefault(name => string.Equals(name, text, StringComparison.OrdinalIgnoreCase));
        type = match is null ? FieldType.String : Enum.Parse<FieldType>(match);
        return match is not null;
    }
}
