using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// What an <c>Idempotency-Key</c> on a submission stands for: the caller's key, scoped to the caller, and a fingerprint of the
/// request (route, applicant, form data, files). A retry of the same request gets the first result; the same key with
/// another body is refused (422) instead of handing out the first application's number and tracking token.
/// </summary>
internal sealed class SubmitIdempotency
{
    private SubmitIdempotency(string key, string fingerprint) => (Key, Fingerprint) = (key, fingerprint);

    /// <summary>The stored key: <c>submit:{caller}:{key}</c>. Keys stored before the fingerprint existed never match it.</summary>
    public string Key { get; }

    public string Fingerprint { get; }

    public static SubmitIdempotency For(SubmitCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var request = new JsonObject
        {
            ["definitionId"] = command.DefinitionId,
            ["applicant"] = JsonSerializer.SerializeToNode(command.Applicant, EngineJson.Options),
            ["data"] = command.Data.DeepClone(),
            ["files"] = new JsonArray([.. (command.Attachments ?? []).Select(f =>
                (JsonNode)new JsonArray(f.FieldName, f.FileName, DocumentHash.Sha256Hex(f.Content)))]),
        };
        var fingerprint = DocumentHash.Sha256Hex(Encoding.UTF8.GetBytes(request.ToJsonString()));
        return new SubmitIdempotency($"submit:{command.Actor.Name}:{command.IdempotencyKey}", fingerprint);
    }

    public string Write(SubmitResult result) =>
        new JsonObject { ["fingerprint"] = Fingerprint, ["result"] = JsonSerializer.SerializeToNode(result, EngineJson.Options) }.ToJsonString();

    /// <summary>The first result, or 422 when it answered a different request.</summary>
    public SubmitResult Read(string stored)
    {
        var entry = JsonNode.Parse(stored)!.AsObject();
        if ((string?)entry["fingerprint"] != Fingerprint)
        {
            throw new CommandException(
                CommandErrorKind.Unprocessable,
                "Idempotency-Key already used for another request",
                "This key was sent before with a different application. Use a new key for a new application.");
        }

        return entry["result"].Deserialize<SubmitResult>(EngineJson.Options)!;
    }
}
