using Mpp.Workflows.Designer.Definitions;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// Reads and writes the route settings in a definition document as the studio edits them: property names matched
/// ignoring case as the reader does, an empty value removed rather than written empty.
/// </summary>
public static class RouteJson
{
    /// <summary>The object <paramref name="name"/> of <paramref name="parent"/>, created when missing or not an object.</summary>
    public static JsonObject Object(JsonObject parent, string name) => Child(parent, name, () => new JsonObject());

    /// <summary>The array <paramref name="name"/> of <paramref name="parent"/>, created when missing or not an array.</summary>
    public static JsonArray Array(JsonObject parent, string name) => Child(parent, name, () => new JsonArray());

    private static T Child<T>(JsonObject parent, string name, Func<T> create)
        where T : JsonNode
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (DefinitionDocuments.Find(parent, name) is T found)
        {
            return found;
        }

        var created = create();
        Set(parent, name, created);
        return created;
    }

    /// <summary>Sets <paramref name="name"/> (null removes it), dropping other spellings of the same name.</summary>
    public static void Set(JsonObject parent, string name, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(parent);
        foreach (var key in parent.Select(p => p.Key).Where(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            parent.Remove(key);
        }

        if (value is not null)
        {
            parent[name] = value;
        }
    }

    public static string? Text(JsonObject? parent, string name) =>
        parent is not null && DefinitionDocuments.Find(parent, name) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A text value; blank removes it.</summary>
    public static void SetText(JsonObject parent, string name, string? text) =>
        Set(parent, name, string.IsNullOrWhiteSpace(text) ? null : JsonValue.Create(text.Trim()));

    public static bool Flag(JsonObject? parent, string name) =>
        parent is not null && DefinitionDocuments.Find(parent, name) is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    /// <summary>A number as written, for an input's value; empty when absent.</summary>
    public static string Number(JsonObject? parent, string name) =>
        parent is not null && DefinitionDocuments.Find(parent, name) is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            ? value.ToJsonString()
            : string.Empty;

    /// <summary>A whole number from an input (blank or unreadable removes it).</summary>
    public static void SetInt(JsonObject parent, string name, string? text) =>
        Set(parent, name, int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : null);

    /// <summary>A decimal number from an input, point or comma as the separator (blank or unreadable removes it).</summary>
    public static void SetDecimal(JsonObject parent, string name, string? text) =>
        Set(parent, name, decimal.TryParse(text?.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : null);

    /// <summary>An array of strings as lines of a text area.</summary>
    public static string Lines(JsonObject? parent, string name) =>
        parent is not null && DefinitionDocuments.Find(parent, name) is JsonArray array
            ? string.Join('\n', array.Select(item => item is JsonValue v && v.TryGetValue<string>(out var s) ? s : item?.ToJsonString()))
            : string.Empty;

    /// <summary>Lines of a text area as an array of strings, blank lines dropped; no line removes it.</summary>
    public static void SetLines(JsonObject parent, string name, string? text)
    {
        var lines = (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Set(parent, name, lines.Count == 0 ? null : new JsonArray([.. lines.Select(l => (JsonNode?)JsonValue.Create(l))]));
    }

    /// <summary>Moves the item at <paramref name="index"/> by <paramref name="by"/> places, when there is room.</summary>
    public static void Move(JsonArray array, int index, int by)
    {
        ArgumentNullException.ThrowIfNull(array);
        var to = index + by;
        if (index < 0 || index >= array.Count || to < 0 || to >= array.Count)
        {
            return;
        }

        var item = array[index];
        array.RemoveAt(index);
        array.Insert(to, item);
    }
}
