using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mpp.Workflows.Definitions.Model;

namespace Mpp.Workflows.Definitions.Json;

/// <summary>
/// Writes a <see cref="WorkflowDefinition"/> in the canonical form: camelCase, nested connections, every input as
/// <c>{typeName, expression}</c> and Object values as JSON values (not strings). <see cref="DefinitionJsonReader"/> reads the
/// result back into an equal definition.
/// </summary>
/// <example>
/// <code>
/// File.WriteAllText("pbg.json", DefinitionJsonWriter.Write(definition));
/// </code>
/// </example>
public static class DefinitionJsonWriter
{
    // Definitions are files analysts read and diff: Indonesian text and operators in JavaScript stay unescaped.
    // They are never embedded in HTML by this writer, which is what the default escaping protects against.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The definition as JSON text.</summary>
    public static string Write(WorkflowDefinition definition, bool indented = true) =>
        ToJsonObject(definition).ToJsonString(indented ? Indented : Compact);

    /// <summary>The definition as a JSON object (fresh nodes; the definition's own nodes are copied, not moved).</summary>
    public static JsonObject ToJsonObject(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var obj = new JsonObject
        {
            ["schemaVersion"] = definition.SchemaVersion,
            ["id"] = definition.Id,
            ["definitionId"] = definition.DefinitionId,
            ["name"] = definition.Name,
        };
        if (definition.Description is not null)
        {
            obj["description"] = definition.Description;
        }

        obj["version"] = definition.Version;
        obj["isLatest"] = definition.IsLatest;
        obj["isPublished"] = definition.IsPublished;
        obj["variables"] = new JsonArray();
        obj["inputs"] = new JsonArray([.. definition.Inputs.Select(field => (JsonNode)FieldDefinitionJson.Write(field))]);
        obj["options"] = WriteOptions(definition.Options);
        obj["root"] = WriteFlowchart(definition.Root);
        return obj;
    }

    private static JsonObject WriteOptions(DefinitionOptions options)
    {
        var obj = new JsonObject();
        Add(obj, "serviceCode", options.ServiceCode);
        Add(obj, "requirements", options.Requirements);
        if (options.Fee is { } fee)
        {
            var feeObject = new JsonObject();
            if (fee.Amount is { } amount)
            {
                feeObject["amount"] = amount;
            }

            feeObject["currency"] = fee.Currency;
            Add(feeObject, "note", fee.Note);
            obj["fee"] = feeObject;
        }

        Add(obj, "slaDays", options.SlaDays);
        Add(obj, "statutoryDays", options.StatutoryDays);
        Add(obj, "onStatutoryDeadline", options.OnStatutoryDeadline);
        Add(obj, "legalBasis", options.LegalBasis);
        Add(obj, "permitValidityYears", options.PermitValidityYears);
        return obj;
    }

    private static JsonObject WriteFlowchart(Flowchart flowchart) => new()
    {
        ["type"] = Flowchart.TypeName,
        ["id"] = flowchart.Id,
        ["activities"] = new JsonArray([.. flowchart.Activities.Select(activity => (JsonNode)WriteActivity(activity))]),
        ["connections"] = new JsonArray([.. flowchart.Connections.Select(connection => (JsonNode)WriteConnection(connection))]),
    };

    private static JsonObject WriteActivity(ActivityNode activity)
    {
        var obj = new JsonObject
        {
            ["id"] = activity.Id,
            ["type"] = activity.Type,
        };
        Add(obj, "name", activity.Name);
        foreach (var (name, input) in activity.Inputs)
        {
            obj[name] = new JsonObject
            {
                ["typeName"] = input.TypeName,
                ["expression"] = new JsonObject
                {
                    ["type"] = input.Expression.Type.ToString(),
                    ["value"] = input.Expression.Value?.DeepClone(),
                },
            };
        }

        if (activity.Metadata is not null)
        {
            obj["metadata"] = activity.Metadata.DeepClone();
        }

        return obj;
    }

    private static JsonObject WriteConnection(Connection connection) => new()
    {
        ["source"] = new JsonObject { ["activity"] = connection.Source.Activity, ["port"] = connection.Source.Port },
        ["target"] = new JsonObject { ["activity"] = connection.Target.Activity, ["port"] = connection.Target.Port },
    };

    private static void Add(JsonObject obj, string name, string? value)
    {
        if (value is not null)
        {
            obj[name] = value;
        }
    }

    private static void Add(JsonObject obj, string name, int? value)
    {
        if (value is not null)
        {
            obj[name] = value;
        }
    }

    private static void Add(JsonObject obj, string name, IReadOnlyList<string>? values)
    {
        if (values is not null)
        {
            obj[name] = new JsonArray([.. values.Select(value => (JsonNode?)JsonValue.Create(value))]);
        }
    }
}
