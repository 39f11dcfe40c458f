namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The <c>Idempotency-Key</c> of a complaint (<c>complaint:applicant:{key}</c>), its fingerprint the whole complaint (for one
/// about an application the hash of the tracking token sent, not the token). The stored result leaves the follow token out;
/// a retry of the very same complaint gets it derived again, and the same key with any other complaint is refused (422), so
/// a replayed key never hands out another citizen's token.
/// </summary>
internal sealed class ComplaintIdempotency : CommandIdempotency
{
    private const string TokenProperty = "followToken";

    private ComplaintIdempotency(string key, JsonObject request)
        : base("complaint", Actor.Applicant, key, request)
    {
    }

    public static ComplaintIdempotency For(FileComplaintCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var request = new JsonObject
        {
            ["subject"] = command.Subject,
            ["registrationNumber"] = command.RegistrationNumber,
            ["token"] = command.TrackingToken is { } token ? TrackingTokens.Hash(token) : null,
            ["definitionId"] = command.DefinitionId,
            ["text"] = command.Text,
            ["name"] = command.ContactName,
            ["email"] = command.ContactEmail,
            ["phone"] = command.ContactPhone,
        };
        return new ComplaintIdempotency(command.IdempotencyKey!, request);
    }

    public string Write(FileComplaintResult result)
    {
        var stored = JsonSerializer.SerializeToNode(result, EngineJson.Options)!.AsObject();
        stored.Remove(TokenProperty);
        return WriteEntry(stored);
    }

    public FileComplaintResult Read(string stored, TrackingTokenIssuer tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var result = ReadEntry(
            stored,
            "Idempotency-Key already used for another request",
            "This key was sent before with a different complaint. Use a new key for a new complaint.");
        if ((string?)result["subject"] == ComplaintSubjects.Service)
        {
            result[TokenProperty] = tokens.For(result["id"]!.GetValue<Guid>());
        }

        return result.Deserialize<FileComplaintResult>(EngineJson.Options)!;
    }
}
