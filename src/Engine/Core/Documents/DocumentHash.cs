using System.Security.Cryptography;

namespace Mpp.Workflows.Engine.Documents;

/// <summary>The fingerprint stored for each issued PDF and shown on the verification page.</summary>
public static class DocumentHash
{
    /// <summary>SHA-256 of the bytes as 64 lower-case hex digits.</summary>
    public static string Sha256Hex(byte[] document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Convert.ToHexStringLower(SHA256.HashData(document));
    }
}
