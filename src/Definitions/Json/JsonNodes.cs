namespace Mpp.Workflows.Definitions.Json;

/// <summary>
/// Small helpers over <see cref="JsonNode"/>: conversion from a parsed document with case-insensitive property names, and
/// case-insensitive look-ups that also work on nodes built in code.
/// </summary>
internal static class JsonNodes
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    /// <summary>
    /// Copies <paramref name="element"/> into nodes whose objects compare names case-insensitively. Two names that differ
    /// only by case would make every later look-up ambiguous, so they are refused.
    /// </summary>
    public static JsonNode? FromElement(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject(CaseInsensitive);
                foreach (var property in element.EnumerateObject())
                {
                    if (obj.ContainsKey(property.Name))
                    {
                        throw new DefinitionFormatException(JsonPaths.Property(path, property.Name),
                            $"Property '{property.Name}' appears more than once (property names are case-insensitive).");
                    }

                    obj[property.Name] = FromElement(property.Value, JsonPaths.Property(path, property.Name));
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JsonArray(CaseInsensitive);
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(FromElement(item, JsonPaths.Index(path, index++)));
                }

                return array;
            case JsonValueKind.String:
                return JsonValue.Create(element.GetString());
            case JsonValueKind.True:
                return JsonValue.Create(true);
            case JsonValueKind.False:
                return JsonValue.Create(false);
            case JsonValueKind.Number:
                return JsonValue.Create(element.Clone());
            default:
                return null;
        }
    }

    /// <summary>The value of property <paramref name="name"/>, matched case-insensitively; null when absent or null.</summary>
    public static JsonNode? Get(JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var value))
        {
            return value;
        }

        foreach (var (key, candidate) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The string held by <paramref name="node"/>, or null when it is not a JSON string.</summary>
    public static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>A readable name of the JSON kind of <paramref name="node"/>, for messages.</summary>
    public static string KindOf(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "a boolean",
    };
}
