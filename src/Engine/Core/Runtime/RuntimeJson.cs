namespace Mpp.Workflows.Engine.Runtime;

/// <summary>Small JSON helpers shared by the command handlers, the timer hooks and the queries.</summary>
internal static class RuntimeJson
{
    public static IReadOnlyList<string> ReadStringList(string json) =>
        JsonSerializer.Deserialize<List<string>>(json, EngineJson.Options) ?? [];

    public static JsonObject ParseObject(string json) => JsonNode.Parse(json) as JsonObject ?? [];

    /// <summary>An audit entry's details for a free-text detail.</summary>
    public static string? Details(string? detail) => detail is null ? null : new JsonObject { ["detail"] = detail }.ToJsonString();
}
