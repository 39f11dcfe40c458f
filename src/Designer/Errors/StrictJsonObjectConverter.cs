
namespace Mpp.Workflows.Designer.Errors;

/// <summary>
/// Reads every JSON object a request carries (form data, task fields) strictly: a property named twice, at any depth, a
/// string with a lone surrogate escape (<c>"\ud800"</c>) or with bytes that are not UTF-8, and a number beyond
/// <see cref="decimal"/>'s range (<c>1e999999999</c>, which PostgreSQL's <c>jsonb</c> cannot hold) is a <see cref="JsonException"/>,
/// which the host answers with 400. <see cref="JsonObject"/> itself accepts such a body and fails only when the object is
/// walked or written, deep in a command, as a 500.
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

        // Objects bound as JsonObject are an application's data or a task's fields: the engine checks each value against
        // its field (a number within decimal's range, text as a string, no unknown key) and names the field, so the number
        // bound is left to it here.
        StrictJson.Check(document.RootElement, boundNumbers: false);
        return JsonObject.Create(document.RootElement.Clone());
    }

    public override void Write(Utf8JsonWriter writer, JsonObject value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        value.WriteTo(writer, options);
    }
}

/// <summary>The same strict reading as <see cref="StrictJsonObjectConverter"/> for bodies bound as any JSON (definitions).</summary>
internal sealed class StrictJsonNodeConverter : JsonConverter<JsonNode>
{
    public override JsonNode? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        StrictJson.Check(document.RootElement);
        return JsonNode.Parse(document.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, JsonNode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        value.WriteTo(writer, options);
    }
}

/// <summary>The checks of a strictly read JSON value; each problem is a <see cref="JsonException"/> naming its path.</summary>
internal static class StrictJson
{
    /// <summary>Parses a whole body strictly (<see cref="Check"/>); comments and trailing commas are allowed as in the route files.</summary>
    public static JsonNode? Parse(ReadOnlyMemory<byte> utf8)
    {
        using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        Check(document.RootElement);
        return JsonNode.Parse(document.RootElement.GetRawText());
    }

    /// <summary>
    /// Refuses a property named twice in one object, any name or string that does not decode to valid text, and any
    /// number that is not a <see cref="decimal"/> (<see cref="ApplicationDataValidator.IsDecimalLiteral"/>).
    /// </summary>
    public static void Check(JsonElement element, bool boundNumbers = true) => Check(element, "$", boundNumbers);

    private static void Check(JsonElement element, string path, bool boundNumbers)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Check(item, $"{path}[{index++}]", boundNumbers);
                }

                break;
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var name = Decode(() => property.Name, path);
                    if (!seen.Add(name))
                    {
                        throw new JsonException($"Property '{ApplicationDataValidator.Printable(name)}' appears twice in {ApplicationDataValidator.Printable(path)}.");
                    }

                    Check(property.Value, $"{path}.{name}", boundNumbers);
                }

                break;
            case JsonValueKind.String:
                Decode(element.GetString, path);
                break;
            case JsonValueKind.Number:
                if (boundNumbers && !ApplicationDataValidator.IsDecimalLiteral(element.GetRawText()))
                {
                    throw new JsonException($"The number at {ApplicationDataValidator.Printable(path)} is out of range: numbers have at most 29 digits and lie within ±7.9e28.");
                }

                break;
        }
    }

    /// <summary>
    /// Reading a string unescapes and transcodes it: a lone surrogate escape or invalid UTF-8 throws there, as an
    /// <see cref="InvalidOperationException"/> the framework does not turn into a 400.
    /// </summary>
    private static string Decode(Func<string?> read, string path)
    {
        try
        {
            return read() ?? string.Empty;
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException($"Invalid text at {ApplicationDataValidator.Printable(path)}: a lone UTF-16 surrogate or bytes that are not UTF-8 ({e.Message}).", e);
        }
    }
}
