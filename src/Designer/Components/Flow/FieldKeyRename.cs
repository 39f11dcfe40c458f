using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// A form field's key renamed in the studio (it follows the label) is renamed where the route's permit uses it: the holder's
/// name and NIK fields, the printed lines, and <c>{key}</c> in the title and grant statement.
/// </summary>
public static class FieldKeyRename
{
    public static void Apply(JsonObject document, string oldKey, string newKey)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document["options"]?["permit"] is not JsonObject permit)
        {
            return;
        }

        foreach (var property in new[] { "holderNameField", "holderNikField" })
        {
            if (Text(permit[property]) == oldKey)
            {
                permit[property] = newKey;
            }
        }

        foreach (var line in (permit["fields"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (Text(line["field"]) == oldKey)
            {
                line["field"] = newKey;
            }
        }

        foreach (var property in new[] { "title", "grantStatement" })
        {
            if (Text(permit[property]) is { } text)
            {
                permit[property] = PermitTemplate.FieldPlaceholder().Replace(text, m => m.Groups[1].Value == oldKey ? $"{{{newKey}}}" : m.Value);
            }
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
