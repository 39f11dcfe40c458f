namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// Compares two definition documents as JSON, so a draft that does not validate yet can still be compared. Property names
/// match ignoring case (as the reader does), a connection is its source port and target activity (inbound ports are all
/// <c>In</c>), and an <c>Object</c>
/// expression written as a string holding JSON equals the same JSON written as a value.
/// </summary>
public static class DefinitionComparison
{
    /// <summary>Top-level properties that are identity or bookkeeping, not content.</summary>
    private static readonly HashSet<string> Bookkeeping =
        new(["id", "definitionId", "version", "isLatest", "isPublished", "root", "schemaVersion"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Activity properties compared separately (id, the key) or not at all (metadata: designer positions).</summary>
    private static readonly HashSet<string> NotCompared = new(["id", "metadata"], StringComparer.OrdinalIgnoreCase);

    public static DefinitionDiff Compare(JsonObject published, JsonObject draft)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(draft);
        var before = ActivitiesById(published);
        var after = ActivitiesById(draft);

        var addedIds = after.Keys.Where(id => !before.ContainsKey(id)).ToList();
        var removedIds = before.Keys.Where(id => !after.ContainsKey(id)).ToList();
        var renamed = Renames(before, after, removedIds, addedIds);
        var renamedTo = renamed.ToDictionary(r => r.OldId, r => r.NewId, StringComparer.Ordinal);
        var added = addedIds.Where(id => !renamed.Any(r => r.NewId == id)).Select(id => Describe(id, after[id], [])).ToList();
        var removed = removedIds.Where(id => !renamedTo.ContainsKey(id)).Select(id => Describe(id, before[id], [])).ToList();
        var changed = new List<ActivityDifference>();
        foreach (var (id, activity) in after)
        {
            if (before.TryGetValue(id, out var old) && ChangedProperties(old, activity) is { Count: > 0 } properties)
            {
                changed.Add(Describe(id, activity, properties) with { Values = ValueChanges(old, activity, properties) });
            }
        }

        // A renamed step's connections are compared under its new id: renaming is not reconnecting.
        var connectionsBefore = Connections(published)
            .Select(c => c with { Source = renamedTo.GetValueOrDefault(c.Source, c.Source), Target = renamedTo.GetValueOrDefault(c.Target, c.Target) })
            .ToList();
        var connectionsAfter = Connections(draft);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, activity) in after.Concat(before))
        {
            names.TryAdd(id, Text(activity, "name"));
        }

        return new DefinitionDiff(
            added,
            removed,
            changed,
            [.. connectionsAfter.Where(c => !connectionsBefore.Contains(c))],
            [.. connectionsBefore.Where(c => !connectionsAfter.Contains(c))],
            ChangedProperties(published, draft, Bookkeeping),
            renamed,
            names);
    }

    /// <summary>Pairs each removed step with an added one of the same type whose settings are all the same but its id and name.</summary>
    private static List<RenamedActivity> Renames(
        Dictionary<string, JsonObject> before, Dictionary<string, JsonObject> after, List<string> removedIds, List<string> addedIds)
    {
        var renamed = new List<RenamedActivity>();
        var free = new List<string>(addedIds);
        foreach (var oldId in removedIds)
        {
            var old = before[oldId];
            var match = free.FirstOrDefault(newId => Text(after[newId], "type") == Text(old, "type")
                && ChangedProperties(old, after[newId], RenameIgnores).Count == 0);
            if (match is not null)
            {
                free.Remove(match);
                renamed.Add(new RenamedActivity(oldId, Text(old, "name"), match, Text(after[match], "name"), Text(old, "type")));
            }
        }

        return renamed;
    }

    /// <summary>What a rename changes: the id, the name, and where the step is drawn.</summary>
    private static readonly HashSet<string> RenameIgnores = new(["id", "name", "metadata"], StringComparer.OrdinalIgnoreCase);

    private static ActivityDifference Describe(string id, JsonObject activity, IReadOnlyList<string> properties) =>
        new(id, Text(activity, "type"), Text(activity, "name"), properties);

    private static Dictionary<string, JsonObject> ActivitiesById(JsonObject document)
    {
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var activities = Find(Find(document, "root") as JsonObject, "activities") as JsonArray ?? [];
        foreach (var activity in activities.OfType<JsonObject>())
        {
            // A draft may briefly hold a duplicate id (the validator reports it); the first one stands for the id.
            result.TryAdd(Text(activity, "id"), activity);
        }

        return result;
    }

    private static List<ConnectionDifference> Connections(JsonObject document)
    {
        var connections = Find(Find(document, "root") as JsonObject, "connections") as JsonArray ?? [];
        var result = new List<ConnectionDifference>();
        foreach (var connection in connections.OfType<JsonObject>())
        {
            var source = Find(connection, "source") as JsonObject;
            var target = Find(connection, "target") as JsonObject;
            var entry = new ConnectionDifference(Text(source, "activity"), Text(source, "port"), Text(target, "activity"));
            if (!result.Contains(entry))
            {
                result.Add(entry);
            }
        }

        return result;
    }

    /// <summary>Names of the properties (as the newer document spells them) whose values differ, in order of appearance.</summary>
    private static List<string> ChangedProperties(JsonObject before, JsonObject after, HashSet<string>? skip = null)
    {
        skip ??= NotCompared;
        var names = after.Select(p => p.Key).Concat(before.Select(p => p.Key))
            .Where(k => !skip.Contains(k))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return [.. names.Where(name => !JsonNode.DeepEquals(Normalize(Find(before, name)), Normalize(Find(after, name))))];
    }

    /// <summary>
    /// The value with object keys in one case and order, and <c>Object</c> expressions parsed from their string form, so
    /// that two spellings of the same definition compare equal.
    /// </summary>
    private static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
                {
                    copy[key.Length == 0 ? key : char.ToLowerInvariant(key[0]) + key[1..]] = Normalize(value);
                }

                if (Text(copy, "type") == "Object" && copy["value"] is JsonValue text && text.TryGetValue<string>(out var json))
                {
                    try
                    {
                        copy["value"] = Normalize(JsonNode.Parse(json));
                    }
                    catch (JsonException)
                    {
                        // Not JSON after all: the string is the value, compared as written.
                    }
                }

                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(Normalize)]);
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>Old and new value of each changed property that is a short single value on both sides.</summary>
    private static Dictionary<string, ValueChange> ValueChanges(JsonObject before, JsonObject after, IReadOnlyList<string> properties)
    {
        var result = new Dictionary<string, ValueChange>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in properties)
        {
            if (Scalar(Find(before, name)) is { } old && Scalar(Find(after, name)) is { } now)
            {
                result[name] = new ValueChange(old, now);
            }
        }

        return result;
    }

    private const int MaxShownValueLength = 60;

    /// <summary>A value written directly or as a literal expression (<c>{"expression": {"value": 5}}</c>), if short.</summary>
    private static string? Scalar(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            node = Find(Find(obj, "expression") as JsonObject, "value");
        }

        var text = node is JsonValue value
            ? value.GetValueKind() switch
            {
                JsonValueKind.String => value.GetValue<string>(),
                JsonValueKind.Number => value.ToJsonString(),
                JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
                _ => null,
            }
            : null;
        return text is { Length: > 0 and <= MaxShownValueLength } && !text.TrimStart().StartsWith('{') && !text.TrimStart().StartsWith('[') ? text : null;
    }

    private static JsonNode? Find(JsonObject? obj, string name) =>
        obj?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string Text(JsonObject? obj, string name) =>
        Find(obj, name) is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;
}
