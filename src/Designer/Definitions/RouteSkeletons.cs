using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>The documents a new route starts from: a blank skeleton an analyst grows, or a copy of another route.</summary>
public static class RouteSkeletons
{
    /// <summary>
    /// Start → "Periksa kelengkapan berkas" (an office's front office, one working day, Setuju/Tolak) → "Terbitkan surat izin"
    /// → approved end, or → rejected end; free, ten working days, a form asking the applicant's name, NIK and e-mail, and a
    /// permit naming the holder (the validator refuses an approval without a permit). Valid as it stands.
    /// </summary>
    public static JsonObject Blank(string definitionId, string name, string? serviceCode, IReadOnlyList<OfficeRecord> offices)
    {
        var office = offices.FirstOrDefault(o => o.Roles.Contains("FrontOffice")) ?? offices.FirstOrDefault();
        var role = office?.Roles.Contains("FrontOffice") == true ? "FrontOffice" : office?.Roles.FirstOrDefault() ?? string.Empty;
        var options = new JsonObject
        {
            ["requirements"] = new JsonArray(),
            ["fee"] = new JsonObject { ["amount"] = 0, ["currency"] = "IDR", ["note"] = "Tidak dipungut biaya" },
            ["slaDays"] = 10,
            ["legalBasis"] = new JsonArray(),
            ["permitValidityYears"] = 0,
            ["permit"] = new JsonObject
            {
                ["title"] = PermitTitle(name),
                ["grantStatement"] = $"Memberikan {name.Trim()} kepada:",
                ["holderNameField"] = "namaLengkap",
                ["holderNikField"] = "nik",
                ["fields"] = new JsonArray(),
            },
        };
        if (!string.IsNullOrWhiteSpace(serviceCode))
        {
            options["serviceCode"] = serviceCode;
        }

        return new JsonObject
        {
            ["schemaVersion"] = WorkflowDefinition.CurrentSchemaVersion,
            ["definitionId"] = definitionId,
            ["name"] = name,
            ["description"] = string.Empty,
            ["inputs"] = new JsonArray(
                Field("namaLengkap", "String", "Nama lengkap", applicant: "name"),
                Field("nik", "String", "NIK", applicant: "nik"),
                Field("email", "Email", "Alamat surel", applicant: "email")),
            ["options"] = options,
            ["root"] = new JsonObject
            {
                ["type"] = Flowchart.TypeName,
                ["id"] = "flow",
                ["activities"] = new JsonArray(
                    Activity("mulai", ActivityTypes.Start, "Permohonan diterima", 300, 40),
                    Activity("periksa-kelengkapan-berkas", ActivityTypes.HumanTask, "Periksa kelengkapan berkas", 300, 160,
                        ("office", "String", JsonValue.Create(office?.Code ?? string.Empty), "Literal"),
                        ("role", "String", JsonValue.Create(role), "Literal"),
                        ("outcomes", "String[]", new JsonArray("Setuju", "Tolak"), "Object"),
                        ("slaDays", "Int32", JsonValue.Create(1), "Literal"),
                        ("marksComplete", "Boolean", JsonValue.Create(true), "Literal")),
                    Activity("terbitkan-surat-izin", ActivityTypes.IssueDocument, "Terbitkan surat izin", 160, 300,
                        ("kind", "String", JsonValue.Create("Permit"), "Literal")),
                    Activity("disetujui", ActivityTypes.End, "Disetujui", 160, 420, ("result", "String", JsonValue.Create("Approved"), "Literal")),
                    Activity("ditolak", ActivityTypes.End, "Ditolak", 440, 300, ("result", "String", JsonValue.Create("Rejected"), "Literal"))),
                ["connections"] = new JsonArray(
                    Connect("mulai", PortNames.Done, "periksa-kelengkapan-berkas"),
                    Connect("periksa-kelengkapan-berkas", "Setuju", "terbitkan-surat-izin"),
                    Connect("terbitkan-surat-izin", PortNames.Done, "disetujui"),
                    Connect("periksa-kelengkapan-berkas", "Tolak", "ditolak")),
            },
        };
    }

    /// <summary>
    /// <paramref name="source"/> under a new id and name (and service code, when given). A route whose permit template is a
    /// file of the templates folder (named after the route, so the copy would have none) takes the template into the copy.
    /// </summary>
    public static JsonObject Copy(JsonObject source, string definitionId, string name, string? serviceCode, PermitTemplate? fileTemplate)
    {
        var copy = (JsonObject)source.DeepClone();
        foreach (var key in new[] { "id", "version", "isLatest", "isPublished", "definitionId", "name" })
        {
            Remove(copy, key);
        }

        copy["definitionId"] = definitionId;
        copy["name"] = name;
        if (DefinitionDocuments.Find(copy, "options") is not JsonObject options)
        {
            options = [];
            Remove(copy, "options");
            copy["options"] = options;
        }

        if (!string.IsNullOrWhiteSpace(serviceCode))
        {
            Remove(options, "serviceCode");
            options["serviceCode"] = serviceCode;
        }

        if (DefinitionDocuments.Find(options, "permit") is null && fileTemplate is not null)
        {
            options["permit"] = PermitOf(fileTemplate);
        }

        return copy;
    }

    /// <summary>
    /// A permit template file as a route keeps it (<c>options.permit</c>): without schema version and route, and without a
    /// validity period of its own, which the route's <c>permitValidityYears</c> then sets.
    /// </summary>
    public static JsonObject PermitOf(PermitTemplate template)
    {
        var permit = JsonSerializer.SerializeToNode(template, PermitJson)!.AsObject();
        permit.Remove("schemaVersion");
        permit.Remove("route");
        if (permit["validity"] is JsonObject validity)
        {
            validity.Remove("years");
            validity.Remove("months");
        }

        return permit;
    }

    private static readonly JsonSerializerOptions PermitJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The permit's title from the service's name: "Izin Keramaian" → "SURAT IZIN KERAMAIAN", not "SURAT IZIN IZIN …".</summary>
    public static string PermitTitle(string name)
    {
        var title = name.Trim().ToUpperInvariant();
        return title.StartsWith("SURAT ", StringComparison.Ordinal) ? title
            : title.StartsWith("IZIN ", StringComparison.Ordinal) ? "SURAT " + title
            : "SURAT IZIN " + title;
    }

    private static void Remove(JsonObject obj, string name)
    {
        foreach (var key in obj.Select(p => p.Key).Where(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            obj.Remove(key);
        }
    }

    private static JsonObject Field(string name, string type, string displayName, string applicant) => new()
    {
        ["name"] = name,
        ["applicant"] = applicant,
        ["type"] = type,
        ["displayName"] = displayName,
        ["uiHint"] = "SingleLine",
        ["required"] = true,
    };

    private static JsonObject Activity(string id, string type, string name, int x, int y, params (string Name, string TypeName, JsonNode Value, string Syntax)[] inputs)
    {
        var activity = new JsonObject
        {
            ["id"] = id,
            ["type"] = type,
            ["name"] = name,
            ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = x, ["y"] = y } } },
        };
        foreach (var (input, typeName, value, syntax) in inputs)
        {
            activity[input] = new JsonObject { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = syntax, ["value"] = value } };
        }

        return activity;
    }

    private static JsonObject Connect(string source, string port, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = PortNames.In },
    };
}
