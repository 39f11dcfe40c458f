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

    private static IEnumerable<JsonNode> Runs(JsonObject? document) =>
        document?[TestRunPrivacy.Section] is JsonObject studio && studio[TestRunPrivacy.Runs] is JsonArray runs ? runs.OfType<JsonNode>() : [];

    private static string? Name(JsonNode run) =>
        run is JsonObject o && o["name"] is JsonValue v && v.TryGetValue<string>(out var name) ? name.Trim() : null;
}
