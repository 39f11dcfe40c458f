using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The <c>Idempotency-Key</c> of a submission (<c>submit:{caller}:{key}</c>), its fingerprint the route, applicant, form data
/// and files. The stored result leaves the tracking token out: a retry gets it derived again from the application's id.
/// </summary>
internal sealed class SubmitIdempotency : CommandIdempotency
{
    private const string TokenProperty = "trackingToken";

    private SubmitIdempotency(SubmitCommand command, JsonObject request)
        : base("submit", command.Actor, command.IdempotencyKey!, request)
    {
    }

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
        return new SubmitIdempotency(command, request);
    }

    /// <summary>The result to store: everything but the tracking token.</summary>
    public string Write(SubmitResult result) => WriteWithoutToken(result, TokenProperty);

    /// <summary>The first result with its token derived again, or 422 when it answered a different request.</summary>
    public SubmitResult Read(string stored, TrackingTokenIssuer tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return ReadWithToken<SubmitResult>(
            stored,
            "This key was sent before with a different application. Use a new key for a new application.",
            result => result[TokenProperty] = tokens.For(result["id"]!.GetValue<Guid>()));
    }
}
