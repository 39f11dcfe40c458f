using System.Diagnostics.CodeAnalysis;

namespace Mpp.Workflows.Engine.Model.Payloads;

/// <summary>
/// Writes and reads the <see cref="OutboxPayload"/> records of outbox rows: the one place where their JSON is made and parsed.
/// A payload is stored as <c>{template?, schemaVersion, ...the record's properties in camelCase}</c>; the row's kind says
/// whether it is a document (<see cref="OutboxKinds.IssueDocument"/>) or a mail (<see cref="OutboxKinds.Email"/>), and a mail's
/// <c>template</c> says which one (none: <see cref="ActivityMailPayload"/>). A row without <c>schemaVersion</c> was written
/// before it existed and reads as version 1, whose shape is exactly the earlier one. Reading fails with an
/// <see cref="OutboxPayloadException"/> naming the problem for an unknown kind or template, a version this build does not
/// know, or a payload that does not fit its record.
/// </summary>
public static class OutboxPayloads
{
    public const string TemplateProperty = "template";
    public const string VersionProperty = "schemaVersion";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Every payload record with its row kind, its template and the newest schema version this build reads.</summary>
    private static readonly Shape[] Shapes =
    [
        new(typeof(IssueDocumentPayload), OutboxKinds.IssueDocument, null, IssueDocumentPayload.Version),
        new(typeof(ReceiptMailPayload), OutboxKinds.Email, OutboxMailTemplates.Receipt, ReceiptMailPayload.Version),
        new(typeof(RevisionRequestMailPayload), OutboxKinds.Email, OutboxMailTemplates.ReturnedForRevision, RevisionRequestMailPayload.Version),
        new(typeof(ReminderMailPayload), OutboxKinds.Email, OutboxMailTemplates.Reminder, ReminderMailPayload.Version),
        new(typeof(StatutoryDeadlineMailPayload), OutboxKinds.Email, OutboxMailTemplates.StatutoryDeadline, StatutoryDeadlineMailPayload.Version),
        new(typeof(PermitExpiryMailPayload), OutboxKinds.Email, OutboxMailTemplates.PermitExpiry, PermitExpiryMailPayload.Version),
        new(typeof(ComplaintFiledMailPayload), OutboxKinds.Email, OutboxMailTemplates.ComplaintFiled, ComplaintFiledMailPayload.Version),
        new(typeof(ComplaintAnsweredMailPayload), OutboxKinds.Email, OutboxMailTemplates.ComplaintAnswered, ComplaintAnsweredMailPayload.Version),
        new(typeof(ActivityMailPayload), OutboxKinds.Email, null, ActivityMailPayload.Version),
    ];

    /// <summary>The JSON to store in the row of <paramref name="payload"/> (its kind is <see cref="OutboxPayload.OutboxKind"/>).</summary>
    public static string Write(OutboxPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var shape = Array.Find(Shapes, s => s.Type == payload.GetType())
            ?? throw new InvalidOperationException($"{payload.GetType().Name} is not a registered outbox payload.");
        var json = JsonSerializer.SerializeToNode(payload, shape.Type, Options)!.AsObject();
        json.Insert(0, VersionProperty, payload.SchemaVersion);
        if (shape.Template is { } template)
        {
            json.Insert(0, TemplateProperty, template);
        }

        return json.ToJsonString();
    }

    /// <summary>The payload of a row of <paramref name="outboxKind"/> stored as <paramref name="json"/>.</summary>
    /// <exception cref="OutboxPayloadException">The kind, template or version is unknown, or the JSON does not fit the record.</exception>
    public static OutboxPayload Read(string outboxKind, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!Shapes.Any(s => s.OutboxKind == outboxKind))
        {
            throw new OutboxPayloadException($"Unknown outbox kind '{outboxKind}'.");
        }

        JsonObject stored;
        try
        {
            stored = JsonNode.Parse(json) as JsonObject
                ?? throw new OutboxPayloadException($"The {outboxKind} payload is not a JSON object.");
        }
        catch (JsonException exception)
        {
            throw new OutboxPayloadException($"The {outboxKind} payload is not valid JSON: {exception.Message}", exception);
        }

        var template = outboxKind == OutboxKinds.Email ? StringOf(stored, TemplateProperty, outboxKind) : null;
        var shape = Array.Find(Shapes, s => s.OutboxKind == outboxKind && s.Template == template)
            ?? throw new OutboxPayloadException($"Unknown mail template '{template}'.");
        var version = VersionOf(stored, shape);
        if (version < 1 || version > shape.Version)
        {
            throw new OutboxPayloadException(
                $"The {shape.Name} payload has schema version {version}; this build reads version{(shape.Version == 1 ? " 1" : $"s 1 to {shape.Version}")}.");
        }

        try
        {
            return (OutboxPayload)(stored.Deserialize(shape.Type, Options)
                ?? throw new OutboxPayloadException($"The {shape.Name} payload is null."));
        }
        catch (JsonException exception)
        {
            throw new OutboxPayloadException($"The {shape.Name} payload (schema version {version}) is malformed: {exception.Message}", exception);
        }
    }

    /// <summary>Like <see cref="Read"/>, with the reason instead of an exception.</summary>
    public static bool TryRead(
        string outboxKind, string json, [NotNullWhen(true)] out OutboxPayload? payload, [NotNullWhen(false)] out string? error)
    {
        try
        {
            payload = Read(outboxKind, json);
            error = null;
            return true;
        }
        catch (OutboxPayloadException exception)
        {
            payload = null;
            error = exception.Message;
            return false;
        }
    }

    private static string? StringOf(JsonObject stored, string property, string outboxKind) => stored[property] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => throw new OutboxPayloadException($"The {outboxKind} payload's '{property}' is not a string: {other.ToJsonString()}."),
    };

    private static int VersionOf(JsonObject stored, Shape shape) => stored[VersionProperty] switch
    {
        null => 1,
        JsonValue value when value.TryGetValue<int>(out var version) => version,
        var other => throw new OutboxPayloadException($"The {shape.Name} payload's '{VersionProperty}' is not a whole number: {other.ToJsonString()}."),
    };

    private sealed record Shape(Type Type, string OutboxKind, string? Template, int Version)
    {
        public string Name => Template is null ? OutboxKind == OutboxKinds.Email ? "activity Email" : OutboxKind : $"{Template} Email";
    }
}
