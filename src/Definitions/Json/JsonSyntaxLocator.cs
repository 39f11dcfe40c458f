namespace Mpp.Workflows.Definitions.Json;

/// <summary>
/// Finds where a document stops being JSON, as a JSON path, so that a broken file is reported like every other problem:
/// <c>$.root.activities[4].outcomes: … line 88, column 12</c>. <see cref="JsonException.Path"/> is not filled in when
/// parsing a <see cref="JsonDocument"/>, hence this second pass that runs only for broken documents.
/// </summary>
internal static class JsonSyntaxLocator
{
    public static string PathOfError(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8, options);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1].Property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Advance(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        Advance(frames);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return Describe(frames);
        }

        return JsonPaths.Root;
    }

    private static void Advance(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1].Index++;
        }
    }

    private static string Describe(List<Frame> frames)
    {
        var current = JsonPaths.Root;
        foreach (var frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                current = JsonPaths.Index(current, frame.Index);
            }
            else if (!frame.IsArray && frame.Property is not null)
            {
                current = JsonPaths.Property(current, frame.Property);
            }
        }

        return current;
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Property { get; set; }
    }
}
