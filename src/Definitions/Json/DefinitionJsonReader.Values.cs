namespace Mpp.Workflows.Definitions.Json;

/// <summary>The reader's typed look-ups of optional properties: each refuses a value of the wrong kind at its path.</summary>
public static partial class DefinitionJsonReader
{
    private static bool ContainsName(JsonObject obj, string name) =>
        obj.Any(property => string.Equals(property.Key, name, StringComparison.OrdinalIgnoreCase));

    private static JsonObject RequireObject(JsonNode? node, string path, string what) =>
        node as JsonObject ?? throw new DefinitionFormatException(path, $"{what} must be a JSON object, not {JsonNodes.KindOf(node)}.");

    private static JsonObject? OptionalObject(JsonObject obj, string name, string path) => JsonNodes.Get(obj, name) switch
    {
        null => null,
        JsonObject value => value,
        var other => throw new DefinitionFormatException(JsonPaths.Property(path, name), $"'{name}' must be an object, not {JsonNodes.KindOf(other)}."),
    };

    private static JsonArray? OptionalArray(JsonObject obj, string name, string path) => JsonNodes.Get(obj, name) switch
    {
        null => null,
        JsonArray value => value,
        var other => throw new DefinitionFormatException(JsonPaths.Property(path, name), $"'{name}' must be an array, not {JsonNodes.KindOf(other)}."),
    };

    private static string? OptionalString(JsonObject obj, string name, string path) => JsonNodes.Get(obj, name) switch
    {
        null => null,
        var value when JsonNodes.AsString(value) is { } text => text,
        var other => throw new DefinitionFormatException(JsonPaths.Property(path, name), $"'{name}' must be a string, not {JsonNodes.KindOf(other)}."),
    };

    private static int? OptionalInt(JsonObject obj, string name, string path) => JsonNodes.Get(obj, name) switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) => number,
        var other => throw new DefinitionFormatException(JsonPaths.Property(path, name), $"'{name}' must be a whole number, not {Quote(other)}."),
    };

    private static decimal? OptionalDecimal(JsonObject obj, string name, string path) => JsonNodes.Get(obj, name) switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<decimal>(out var number) => number,
        var other => throw new DefinitionFormatException(JsonPaths.Property(path, name), $"'{name}' must be a number, not {Quote(other)}."),
    };

    private static bool? OptionalBool(JsonObject obj, string name, string path) => JsonNodes.Get(obj, name) switch
    {
        null => null,
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        var other => throw new DefinitionFormatException(JsonPaths.Property(path, name), $"'{name}' must be true or false, not {Quote(other)}."),
    };
}
