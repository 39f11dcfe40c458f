using System.Text.RegularExpressions;

namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// What a route's permit shows, loaded from <c>workflows/templates/{route}.json</c>. Example (abridged):
/// <code>
/// {
///   "schemaVersion": 1,
///   "route": "sip-dokter",
///   "title": "SURAT IZIN PRAKTIK {profesi}",
///   "grantStatement": "Memberikan Surat Izin Praktik kepada:",
///   "holderNameField": "namaLengkap",
///   "holderNikField": "nik",
///   "fields": [ { "field": "nomorStr", "label": "Nomor STR" } ],
///   "validity": { "years": 5 },
///   "legalBasis": [ "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;" ]
/// }
/// </code>
/// <c>{field}</c> in the title is replaced by that application field in capitals (and dropped when empty).
/// A field missing from the application shows as "-".
/// </summary>
public sealed partial record PermitTemplate
{
    public const int CurrentSchemaVersion = 1;

    private const string Missing = "-";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public required int SchemaVersion { get; init; }

    public required string Route { get; init; }

    public required string Title { get; init; }

    public required string GrantStatement { get; init; }

    public required string HolderNameField { get; init; }

    public required string HolderNikField { get; init; }

    public required IReadOnlyList<PermitTemplateField> Fields { get; init; }

    public required PermitValidityRule Validity { get; init; }

    public IReadOnlyList<string> LegalBasis { get; init; } = [];

    /// <summary>
    /// The route whose application renews this permit (e.g. <c>sip-dokter-perpanjangan</c>); null: the permit's own route.
    /// The expiry reminder links to it, prefilled from the permit (<see cref="PermitRenewals"/>).
    /// </summary>
    public string? RenewalRoute { get; init; }

    public static PermitTemplate Load(string path)
    {
        try
        {
            return FromJson(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"Invalid permit template '{path}': {e.Message}", e);
        }
    }

    /// <summary>Every <c>*.json</c> in <paramref name="directory"/>, keyed by route; each file must be named after its route.</summary>
    public static IReadOnlyDictionary<string, PermitTemplate> LoadDirectory(string directory)
    {
        var templates = new Dictionary<string, PermitTemplate>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var template = Load(path);
            if (template.Route != Path.GetFileNameWithoutExtension(path))
            {
                throw new InvalidDataException($"Permit template '{path}' declares route '{template.Route}'; the file must be named after it.");
            }

            templates.Add(template.Route, template);
        }

        return templates;
    }

    public static PermitTemplate FromJson(string json)
    {
        var template = JsonSerializer.Deserialize<PermitTemplate>(json, JsonOptions)
            ?? throw new InvalidDataException("A permit template must be a JSON object.");
        template.Validate();
        return template;
    }

    /// <summary>
    /// The permit a route keeps with itself (<see cref="DefinitionOptions.Permit"/>), read as a template of
    /// <paramref name="definition"/>'s route. Without its own <c>validity</c>, the route's <c>permitValidityYears</c> sets it
    /// (0 or absent: no expiry); without its own <c>legalBasis</c>, the route's legal basis is printed. Null when the route
    /// keeps no permit.
    /// </summary>
    /// <exception cref="InvalidDataException">The permit cannot be read, with the reason.</exception>
    public static PermitTemplate? FromDefinition(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Options.Permit is not { } permit)
        {
            return null;
        }

        var json = (JsonObject)permit.DeepClone();
        json["schemaVersion"] = CurrentSchemaVersion;
        json["route"] = definition.DefinitionId;
        var validity = json["validity"] as JsonObject ?? [];
        if (validity["years"] is null && validity["months"] is null && definition.Options.PermitValidityYears is > 0 and var years)
        {
            validity["years"] = years;
        }
        else if (validity["years"] is null && validity["months"] is null && validity["note"] is null)
        {
            validity["note"] = "Berlaku selama tidak ada perubahan data.";
        }

        json["validity"] = validity;

        if (json["legalBasis"] is null && definition.Options.LegalBasis is { Count: > 0 } basis)
        {
            json["legalBasis"] = new JsonArray([.. basis.Select(b => (JsonNode?)JsonValue.Create(b))]);
        }

        try
        {
            return FromJson(json.ToJsonString());
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    /// <summary>The title with <c>{field}</c> placeholders filled from the application.</summary>
    public string BuildTitle(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var title = FieldPlaceholder().Replace(Title, match => Text(data[match.Groups[1].Value]) ?? "");
        return Whitespace().Replace(title, " ").Trim().ToUpperInvariant();
    }

    /// <summary>The labelled lines the template lists, valued from the application; missing values read "-".</summary>
    public IReadOnlyList<PermitField> BuildFields(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Fields
            .Select(field => Text(data[field.Field]) is { } value
                ? new PermitField(field.Label, value + field.Suffix)
                : new PermitField(field.Label, Missing))
            .ToList();
    }

    public PermitContent CreateContent(PermitIssue issue, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(data);
        var from = issue.ValidFrom ?? issue.IssuedOn;
        var (until, note) = Validity.Resolve(from, data);
        return new PermitContent(
            BuildTitle(data),
            issue.PermitNumber,
            issue.RegistrationNumber,
            issue.ServiceName,
            GrantStatement,
            Text(data[HolderNameField]) ?? Missing,
            Text(data[HolderNikField]) ?? Missing,
            BuildFields(data),
            from,
            until,
            note,
            LegalBasis,
            issue.Place,
            issue.IssuedOn,
            issue.Signer,
            issue.VerificationUrl,
            issue.CheckCode);
    }

    private void Validate()
    {
        if (SchemaVersion != CurrentSchemaVersion)
        {
            throw new InvalidDataException($"Permit template '{Route}' has schemaVersion {SchemaVersion}; this version reads {CurrentSchemaVersion}.");
        }

        if (string.IsNullOrWhiteSpace(Route) || string.IsNullOrWhiteSpace(Title) || string.IsNullOrWhiteSpace(GrantStatement))
        {
            throw new InvalidDataException("A permit template needs a route, a title and a grant statement.");
        }

        var duplicate = Fields.GroupBy(field => field.Field, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"Permit template '{Route}' lists field '{duplicate.Key}' twice.");
        }

        if (Fields.Any(field => string.IsNullOrWhiteSpace(field.Field) || string.IsNullOrWhiteSpace(field.Label)))
        {
            throw new InvalidDataException($"Permit template '{Route}' has a field without a name or label.");
        }

        Validity.Validate(Route);
    }

    /// <summary>
    /// Application values as printed: numbers in Indonesian notation (1.250,5), booleans as Ya/Tidak, arrays joined
    /// with commas; null or blank is missing.
    /// </summary>
    private static string? Text(JsonNode? node)
    {
        var text = node switch
        {
            null => null,
            JsonArray array => string.Join(", ", array.Select(Text).OfType<string>()),
            JsonObject obj => obj.ToJsonString(),
            JsonValue value => value.GetValueKind() switch
            {
                JsonValueKind.String => value.GetValue<string>(),
                JsonValueKind.Number => IndonesianNumber(decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)),
                JsonValueKind.True => "Ya",
                JsonValueKind.False => "Tidak",
                _ => null,
            },
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string IndonesianNumber(decimal number) =>
        number.ToString("#,0.##", CultureInfo.InvariantCulture)
            .Replace(',', '\u0001')
            .Replace('.', ',')
            .Replace('\u0001', '.');

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)\}", RegexOptions.CultureInvariant)]
    /// <summary>A <c>{field}</c> in a permit's title or grant statement, replaced by the applicant's answer (group 1: the field).</summary>
    public static partial Regex FieldPlaceholder();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
