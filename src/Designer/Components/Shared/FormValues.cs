using Microsoft.Extensions.Primitives;

namespace Mpp.Workflows.Designer.Components.Shared;

/// <summary>
/// Turns posted form values into the JSON data the engine validates. Values are passed on as typed as they can be read;
/// anything unreadable is passed on as text so the engine's validator names the field, the same message the API gives.
/// </summary>
internal static class FormValues
{
    public static JsonObject ToData(IFormCollection form, string prefix, IEnumerable<(string Name, string Type)> fields)
    {
        ArgumentNullException.ThrowIfNull(form);
        var data = new JsonObject();
        foreach (var (name, type) in fields)
        {
            var raw = form[prefix + name];
            if (type == "Boolean")
            {
                data[name] = raw == "true";
                continue;
            }

            if (type == "File" || StringValues.IsNullOrEmpty(raw) || string.IsNullOrWhiteSpace(raw.ToString()))
            {
                continue;
            }

            var text = raw.ToString().Trim();
            data[name] = type == "Number" && TryNumber(text, out var number) ? JsonValue.Create(number) : JsonValue.Create(text);
        }

        return data;
    }

    /// <summary>Number inputs post a dot decimal whatever the page language; no thousands separators, so "1,5" stays text.</summary>
    private static bool TryNumber(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);

    /// <summary>The first message for <paramref name="key"/> in an errors map, or null.</summary>
    public static string? ErrorFor(IReadOnlyDictionary<string, string[]>? errors, string key) =>
        errors is not null && errors.TryGetValue(key, out var messages) && messages.Length > 0 ? messages[0] : null;

    /// <summary>A data value as the form shows it again.</summary>
    public static string? Display(JsonObject? data, string name) =>
        data?[name] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var s) => s,
            var node => node.ToJsonString(),
        };
}
