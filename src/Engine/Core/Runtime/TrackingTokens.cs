using System.Security.Cryptography;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The applicant's secret for following a file without an account. Only its SHA-256 is stored, so a database leak does
/// not reveal working tokens.
/// </summary>
public static class TrackingTokens
{
    public static string Create() => Base64UrlEncode(RandomNumberGenerator.GetBytes(18));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool Matches(string? token, string storedHash) =>
        !string.IsNullOrEmpty(token)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
