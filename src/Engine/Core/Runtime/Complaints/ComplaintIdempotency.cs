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

    /// <summary>The result to store: everything but the follow token.</summary>
    public string Write(FileComplaintResult result) => WriteWithoutToken(result, TokenProperty);

    /// <summary>The first result, a service complaint's follow token derived again; 422 when the key answered another complaint.</summary>
    public FileComplaintResult Read(string stored, TrackingTokenIssuer tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return ReadWithToken<FileComplaintResult>(
            stored,
            "This key was sent before with a different complaint. Use a new key for a new complaint.",
            result =>
            {
                if ((string?)result["subject"] == ComplaintSubjects.Service)
                {
                    result[TokenProperty] = tokens.For(result["id"]!.GetValue<Guid>());
                }
            });
    }
}
