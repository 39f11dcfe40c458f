using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// A position in the applications ordered newest first by (<see cref="CreatedAt"/> descending, <see cref="Id"/>
/// descending): the next page holds the rows strictly after it. Applications filed after the first page was read sort
/// before every position a client holds, so paging on never repeats or skips a row however many arrive meanwhile.
/// Clients see it as an opaque token (<see cref="ToToken"/>): URL-safe base64 of a version byte, the instant's UTC ticks
/// and the id. A token edited by hand is at worst another position in the same office-scoped list, so it is checked for
/// shape, not signed.
/// </summary>
public sealed record InstanceCursor(DateTimeOffset CreatedAt, Guid Id)
{
    private const byte Version = 1;
    private const int Length = 1 + sizeof(long) + 16;

    public string ToToken()
    {
        Span<byte> bytes = stackalloc byte[Length];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..], CreatedAt.UtcTicks);
        Id.TryWriteBytes(bytes[9..], bigEndian: true, out _);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The position a token names; false for anything <see cref="ToToken"/> cannot have written.</summary>
    public static bool TryParse(string? token, [NotNullWhen(true)] out InstanceCursor? cursor)
    {
        cursor = null;
        // 25 bytes are 34 characters of unpadded base64.
        if (token is not { Length: 34 } || token.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Length + 2];
        if (!Convert.TryFromBase64String(token.Replace('-', '+').Replace('_', '/') + "==", bytes, out var written)
            || written != Length || bytes[0] != Version)
        {
            return false;
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes[1..]);
        if (ticks < DateTimeOffset.UnixEpoch.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        cursor = new InstanceCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes[9..Length], bigEndian: true));
        return true;
    }
}
