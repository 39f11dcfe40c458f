using System.Text.RegularExpressions;

namespace Mpp.Workflows.Engine.Mail;

/// <summary>
/// Addresses the mall mails to. Only the plain form people type is taken (<c>nama.depan+tag@contoh.co.id</c>): no quoted
/// local part, no address literal such as <c>[127.0.0.1]</c>, no trailing dot after the domain — each of those is the same
/// mailbox written another way, and would let one mailbox pass for many. <see cref="Key"/> is the mailbox an address reaches.
/// </summary>
public static partial class Mailbox
{
    /// <summary>The longest address taken (RFC 5321's path limit).</summary>
    public const int MaxLength = 254;

    /// <summary>Whether <paramref name="text"/> is an address in the plain form.</summary>
    public static bool IsPlainAddress(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= MaxLength && PlainAddress().IsMatch(text);
    }

    /// <summary>
    /// The mailbox <paramref name="address"/> reaches, for counting mails to one person: letter case ignored and a
    /// <c>+tag</c> dropped, since nearly every provider delivers <c>budi+1@…</c> to <c>budi@…</c>.
    /// </summary>
    public static string Key(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var at = address.LastIndexOf('@');
        var local = at < 0 ? address : address[..at];
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        return (plus > 0 ? local[..plus] : local).ToLowerInvariant() + (at < 0 ? string.Empty : address[at..].ToLowerInvariant());
    }

    /// <summary>The domain of a plain address, lower case.</summary>
    public static string Domain(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address[(address.LastIndexOf('@') + 1)..].ToLowerInvariant();
    }

    // Dot-atoms on both sides (no leading, trailing or doubled dot), a domain of letter/digit/hyphen labels ending in a
    // top-level name of letters.
    [GeneratedRegex(
        @"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlainAddress();
}
