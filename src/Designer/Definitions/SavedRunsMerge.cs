namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// Saved test runs belong to the test-run endpoints (<c>PUT</c> and <c>DELETE …/draft/test-runs/{name}</c>), which change the
/// stored draft under its lock. A whole draft saved by the studio or the API carries the runs as its client last read them,
/// so they are merged into the stored ones instead of replacing them: every stored run stays (a stored run wins over the
/// client's run of the same name, ignoring case), a run only the client has is added, and a run is removed only through
/// its <c>DELETE</c>.
/// </summary>
internal static class SavedRunsMerge
{
    /// <summary>Sets <paramref name="document"/>'s saved runs to <paramref name="stored"/>'s merged with its own.</summary>
    public static void Into(JsonObject document, JsonObject? stored)
    {
        ArgumentNullException.ThrowIfNull(document);
        var kept = Runs(stored).Select(r => r.DeepClone()).ToList();
        var names = kept.Select(Name).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var added = Runs(document).Where(r => Name(r) is not { } name || !names.Contains(name)).Select(r => r.DeepClone()).ToList();
        if (kept.Count + added.Count == 0 && document[TestRunPrivacy.Section] is not JsonObject)
        {
            return;
        }

        if (document[TestRunPrivacy.Section] is not JsonObject studio)
        {
            document[TestRunPrivacy.Section] = studio = [];
        }

        studio[TestRunPrivacy.Runs] = new JsonArray([.. kept, .. added]);
    }

    /// <summary>
    /// A step renamed since the stored version (its id follows its name in the studio) is renamed in every saved run's
    /// choices and path, so the runs still open and rerun on the renamed step, unchanged.
    /// </summary>
    public static void FollowRenames(JsonObject document, IReadOnlyList<RenamedActivity> renamed)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(renamed);
        if (renamed.Count == 0)
        {
            return;
        }

        var to = renamed.ToDictionary(r => r.OldId, r => r.NewId, StringComparer.Ordinal);
        foreach (var run in Runs(document).OfType<JsonObject>())
        {
            foreach (var choice in (run["choices"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (choice["step"] is JsonValue step && step.TryGetValue<string>(out var id) && to.TryGetValue(id, out var newId))
                {
                    choice["step"] = newId;
                }
            }

            if (run["path"] is JsonArray path)
            {
                for (var i = 0; i < path.Count; i++)
                {
                    // Each entry is "step:outcome" (or "=result" at the end).
                    if (path[i] is JsonValue value && value.TryGetValue<string>(out var entry) && entry.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
                        && to.TryGetValue(entry[..colon], out var newId))
                    {
                        path[i] = newId + entry[colon..];
                    }
                }
            }
        }
    }

    private static IEnumerable<JsonNode> Runs(JsonObject? document) =>
        document?[TestRunPrivacy.Section] is JsonObject studio && studio[TestRunPrivacy.Runs] is JsonArray runs ? runs.OfType<JsonNode>() : [];

    private static string? Name(JsonNode run) =>
        run is JsonObject o && o["name"] is JsonValue v && v.TryGetValue<string>(out var name) ? name.Trim() : null;
}
