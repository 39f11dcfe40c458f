using System.Security.Cryptography;

namespace Mpp.Workflows.Engine.Model;

/// <summary>
/// The applicant's secret for following a file without an account. A token is derived from the application's id with the
/// host's secret (<see cref="Derive"/>, see <see cref="TrackingTokenIssuer"/>) and only its SHA-256 is stored, so neither a
/// database reader nor anything stored (outbox rows, idempotency results, documents) can act as the applicant, while the
/// engine can give the token to the applicant again (the receipt mail, a retried submission) without keeping it.
/// Tokens of older applications were random; their hashes match the same way.
/// </summary>
public static class TrackingTokens
{
    /// <summary>The smallest host secret accepted, in bytes.</summary>
    public const int MinSecretBytes = 32;

    private const int TokenBytes = 18;

    /// <summary>The token of application <paramref name="applicationId"/>: HMAC-SHA256 of its id under <paramref name="secret"/>, 144 bits, base64url.</summary>
    public static string Derive(ReadOnlySpan<byte> secret, Guid applicationId)
    {
        if (secret.Length < MinSecretBytes)
        {
            throw new ArgumentException($"The tracking token secret must be at least {MinSecretBytes} bytes.", nameof(secret));
        }

        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes($"mpp-tracking-token/v1/{applicationId:D}"), mac);
        return Base64UrlEncode(mac[..TokenBytes]);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool Matches(string? token, string storedHash) =>
        !string.IsNullOrEmpty(token)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64UrlEncode(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
