using System.Security.Cryptography;

namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// The check code of a permit or refusal letter: 100 bits (derived from the host secret, unguessable without it) written as 20 Crockford base-32 characters in groups of
/// five (<c>7KQ2M-XD9RP-WAHT2-E5NBC</c>), printed on the document and carried by its QR link. With it, verification shows the
/// full record; without it, a masked one, so sequential document numbers cannot be walked to list holders. Only a hash
/// is stored; it is bound to the document number, so a code is worthless on any other document.
/// </summary>
public static class DocumentCheckCode
{
    /// <summary>Characters of a code without its separators.</summary>
    public const int Length = 20;

    private const int GroupLength = 5;

    // Crockford's base 32: no I, L, O or U, so that what is read off paper is what was printed.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>
    /// The code of the document <paramref name="documentId"/> under the host's secret: HMAC-SHA256 cut to 100 bits. Derived
    /// rather than stored, so the permit mail can carry it (<see cref="ForHolder"/>) while the database keeps only its hash.
    /// </summary>
    public static string For(TrackingTokenIssuer secrets, Guid documentId)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        return FromMac(secrets.Mac(Label(documentId)));
    }

    /// <summary>
    /// The code of <paramref name="documentId"/> when it is the one whose hash is stored for <paramref name="number"/>; null
    /// for a document issued with a random code (before codes were derived), under another secret, or without one.
    /// </summary>
    public static string? ForHolder(TrackingTokenIssuer secrets, Guid documentId, string number, string? storedHash)
    {
        var code = For(secrets, documentId);
        return Matches(number, code, storedHash) ? code : null;
    }

    /// <summary>What <see cref="For"/> gives under the raw <paramref name="secret"/> (tests, tools).</summary>
    public static string Derive(byte[] secret, Guid documentId) =>
        FromMac(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(Label(documentId))));

    private static string Label(Guid documentId) => "mpp-check-code/v1/" + documentId.ToString("D");

    private static string FromMac(byte[] mac)
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            // Five bits at a time from the front of the MAC: 20 characters use its first 100 bits.
            var bit = i * 5;
            var pair = (mac[bit / 8] << 8) | mac[(bit / 8) + 1];
            chars[i] = Alphabet[(pair >> (11 - (bit % 8))) & 31];
        }

        return Grouped(chars);
    }

    /// <summary>
    /// The code as typed, in its canonical grouped form: case, spaces and dashes are ignored and the look-alikes O, I and L
    /// read as 0, 1 and 1. Null when it is not a well-formed code.
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > Length * 2)
        {
            return null;
        }

        Span<char> chars = stackalloc char[Length];
        var count = 0;
        foreach (var raw in typed)
        {
            if (raw is ' ' or '-' or '\t')
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (count == Length || !Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }

            chars[count++] = c;
        }

        return count == Length ? Grouped(chars) : null;
    }

    /// <summary>What is stored for <paramref name="code"/> on the document <paramref name="number"/>: SHA-256 as hex.</summary>
    public static string Hash(string number, string code)
    {
        ArgumentNullException.ThrowIfNull(number);
        var canonical = Normalize(code) ?? throw new ArgumentException("Not a well-formed check code.", nameof(code));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("mpp-check-code/1\n" + number + "\n" + canonical)));
    }

    /// <summary>
    /// Whether <paramref name="typed"/> is the code whose hash is <paramref name="storedHash"/>; false for documents issued
    /// without a code. The comparison takes the same time wherever the hashes differ.
    /// </summary>
    public static bool Matches(string number, string? typed, string? storedHash)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (storedHash is null || Normalize(typed) is not { } canonical)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(storedHash);
        var actual = Encoding.ASCII.GetBytes(Hash(number, canonical));
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    private static string Grouped(ReadOnlySpan<char> chars)
    {
        var grouped = new StringBuilder(Length + (Length / GroupLength) - 1);
        for (var i = 0; i < chars.Length; i++)
        {
            if (i > 0 && i % GroupLength == 0)
            {
                grouped.Append('-');
            }

            grouped.Append(chars[i]);
        }

        return grouped.ToString();
    }
}
