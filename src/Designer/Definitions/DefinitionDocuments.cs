namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// Keeps a stored document's identity and version flags in line with the store's columns, which are the truth: a draft
/// saved as "version 1" that becomes version 4 says 4, and an older version stops saying <c>isLatest</c>.
/// </summary>
internal static class DefinitionDocuments
{
    public static JsonObject WithFlags(JsonObject document, string definitionId, int version, bool isLatest, bool isPublished)
    {
        ArgumentNullException.ThrowIfNull(document);
        var copy = (JsonObject)document.DeepClone();
        Set(copy, "id", $"{definitionId}-v{version.ToString(CultureInfo.InvariantCulture)}");
        Set(copy, "definitionId", definitionId);
        Set(copy, "version", version);
        Set(copy, "isLatest", isLatest);
        Set(copy, "isPublished", isPublished);
        return copy;
    }

    /// <summary>A property by name, ignoring case as the definition reader does.</summary>
    public static JsonNode? Find(JsonObject document, string name) =>
        document.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static void Set(JsonObject document, string name, JsonNode value)
    {
        foreach (var key in document.Select(p => p.Key).Where(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            document.Remove(key);
        }

        document[name] = value;
    }
}
