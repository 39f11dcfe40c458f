namespace Mpp.Workflows.Designer.Errors;

/// <summary>
/// Reads every JSON object a request carries (form data, task fields, definitions) strictly: a property named twice, at
/// any depth, is a <see cref="JsonException"/>, which the host answers with 400. <see cref="JsonObject"/> itself accepts such
/// a body and fails only when the object is walked, deep in a command, as a 500.
/// </summary>
internal sealed class StrictJsonObjectConverter : JsonConverter<JsonObject>
{
    public override JsonObject? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"Expected a JSON object, not {document.RootElement.ValueKind}.");
        }

        RefuseDuplicates(document.RootElement, "$");
        return JsonObject.Create(document.RootElement.Clone());
    }

    public override void Write(Utf8JsonWriter writer, JsonObject value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        value.WriteTo(writer, options);
    }

    private static void RefuseDuplicates(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                RefuseDuplicates(item, $"{path}[{index++}]");
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    throw new JsonException($"Property '{property.Name}' appears twice in {path}.");
                }

                RefuseDuplicates(property.Value, $"{path}.{property.Name}");
            }
        }
    }
}
