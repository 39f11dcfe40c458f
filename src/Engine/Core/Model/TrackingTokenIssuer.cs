namespace Mpp.Workflows.Engine.Model;

/// <summary>
/// Gives the tracking token of an application from <see cref="EngineOptions.TrackingTokenSecret"/>: at submission (only its
/// hash is stored), to a retried submission, and to the mails that carry it, so that no stored row holds it. The check
/// codes of permits and refusal letters come from the same secret under another label (<see cref="Mac"/>).
/// </summary>
public sealed class TrackingTokenIssuer(IOptions<EngineOptions> options)
{
    private readonly Lazy<byte[]> _secret = new(() => ReadSecret(options.Value.TrackingTokenSecret));

    /// <summary>The token of <paramref name="applicationId"/>.</summary>
    /// <exception cref="InvalidOperationException"><c>Engine:TrackingTokenSecret</c> is missing or too short.</exception>
    public string For(Guid applicationId) => TrackingTokens.Derive(_secret.Value, applicationId);

    /// <summary>
    /// The token of <paramref name="applicationId"/> when it is the one whose hash is stored; null for an application filed
    /// with a random token (before tokens were derived) or under another secret: its token is nowhere to be had.
    /// </summary>
    public string? ForHolder(Guid applicationId, string storedHash)
    {
        var token = For(applicationId);
        return TrackingTokens.Matches(token, storedHash) ? token : null;
    }

    /// <summary>
    /// HMAC-SHA256 of <paramref name="label"/> under the secret, for other values the applicant must be able to receive again
    /// but no stored row may hold (the check codes of permits and refusal letters). Each use has its own label.
    /// </summary>
    public byte[] Mac(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return System.Security.Cryptography.HMACSHA256.HashData(_secret.Value, Encoding.UTF8.GetBytes(label));
    }

    /// <summary>Parses a configured secret (base64, at least <see cref="TrackingTokens.MinSecretBytes"/> bytes).</summary>
    /// <exception cref="InvalidOperationException">The secret is missing, not base64 or too short.</exception>
    public static byte[] ReadSecret(string? configured)
    {
        const string Setting = "Engine:" + nameof(EngineOptions.TrackingTokenSecret);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException($"{Setting} is not set: tracking tokens cannot be given out.");
        }

        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(configured.Trim());
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException($"{Setting} is not base64.", exception);
        }

        return secret.Length >= TrackingTokens.MinSecretBytes
            ? secret
            : throw new InvalidOperationException($"{Setting} must hold at least {TrackingTokens.MinSecretBytes} bytes (base64).");
    }
}
