using Mpp.Workflows.Definitions.Catalog;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// Reads and writes an activity's inputs in the Elsa shape <c>{ typeName, expression: { type, value } }</c> as the property
/// panel shows them: text, a number, a checkbox, one list item per line, or JSON for structured values.
/// </summary>
public static class ActivityInputs
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The input's value as the panel's editor shows it; empty when unset.</summary>
    public static string GetText(JsonObject activity, InputDescriptor input)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(input);
        var value = Find(activity, input.Name)?["expression"]?["value"];
        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String && input.DefaultSyntax == ExpressionType.Object)
        {
            // Elsa writes object values as a string holding JSON.
            value = TryParse(text.GetValue<string>()) ?? value;
        }

        return value switch
        {
            null => string.Empty,
            JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => scalar.GetValue<string>(),
            JsonArray list when input.UiHint == "StringList" && list.All(i => i is JsonValue) => string.Join('\n', list.Select(i => Scalar(i!))),
            JsonValue scalar => scalar.ToJsonString(),
            _ => value.ToJsonString(Indented),
        };
    }

    /// <summary>The expression type written for the input: JavaScript where the input expects code, otherwise its default.</summary>
    public static ExpressionType GetSyntax(JsonObject activity, InputDescriptor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var written = Find(activity, input.Name)?["expression"]?["type"]?.GetValue<string>();
        return Enum.TryParse<ExpressionType>(written, ignoreCase: true, out var type) ? type : input.DefaultSyntax;
    }

    /// <summary>Writes the editor's text; empty text removes the input. Text that is not valid JSON for a JSON input is kept as
    /// written, so the validator reports it instead of the panel losing what was typed.</summary>
    public static void SetText(JsonObject activity, InputDescriptor input, string? text, ExpressionType? syntax = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(input);
        if (Find(activity, input.Name) is not null)
        {
            activity.Remove(activity.First(p => string.Equals(p.Key, input.Name, StringComparison.OrdinalIgnoreCase)).Key);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var type = syntax ?? input.DefaultSyntax;
        JsonNode? value = type switch
        {
            ExpressionType.JavaScript => JsonValue.Create(text),
            ExpressionType.Object when input.UiHint == "StringList" =>
                new JsonArray([.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => (JsonNode?)JsonValue.Create(l))]),
            ExpressionType.Object => TryParse(text) ?? JsonValue.Create(text),
            _ when input.TypeName == "Int32" && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            _ when input.TypeName == "Boolean" && bool.TryParse(text, out var flag) => JsonValue.Create(flag),
            _ => JsonValue.Create(text.Trim()),
        };
        activity[input.Name] = new JsonObject
        {
            ["typeName"] = input.TypeName,
            ["expression"] = new JsonObject { ["type"] = type.ToString(), ["value"] = value },
        };
    }

    private static JsonObject? Find(JsonObject activity, string name) =>
        activity.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value as JsonObject;

    private static string Scalar(JsonNode node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : node.ToJsonString();

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
