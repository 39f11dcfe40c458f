namespace Mpp.Workflows.Definitions.Catalog;

/// <summary>
/// The palette's descriptors of every activity type (<c>Catalog/activities.json</c>, embedded): names, help texts, inputs
/// and fixed ports are data that analysts read and translators edit, kept apart from the code that validates and runs the
/// types. Read once; a file that does not describe a type the catalog registers stops the process at start-up, not at
/// the first validation.
/// </summary>
public static class ActivityDescriptors
{
    private const string ResourceName = "Mpp.Workflows.Definitions.Catalog.activities.json";

    private static readonly Lazy<IReadOnlyDictionary<string, ActivityDescriptor>> All = new(Load);

    /// <summary>The type names the file describes.</summary>
    public static IReadOnlyCollection<string> Types => [.. All.Value.Keys];

    /// <summary>The descriptor of <paramref name="type"/>.</summary>
    /// <exception cref="InvalidOperationException">The embedded file does not describe <paramref name="type"/>.</exception>
    public static ActivityDescriptor Get(string type) =>
        All.Value.TryGetValue(type, out var descriptor)
            ? descriptor
            : throw new InvalidOperationException($"{ResourceName} does not describe the activity type '{type}'.");

    private static Dictionary<string, ActivityDescriptor> Load()
    {
        using var stream = typeof(ActivityDescriptors).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        var descriptors = JsonSerializer.Deserialize<List<ActivityDescriptor>>(stream, options)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        return descriptors.ToDictionary(descriptor => descriptor.Type, StringComparer.OrdinalIgnoreCase);
    }
}
