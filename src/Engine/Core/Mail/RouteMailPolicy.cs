namespace Mpp.Workflows.Engine.Mail;

/// <summary>
/// Who the mail of an <c>Mpp.SendEmail</c> step may go to: the applicant (no <c>to</c>), or one plain address in a domain an
/// admin allowed (<see cref="RouteMailOptions.AllowedRecipientDomains"/>). The applicant's receipt, which carries the tracking
/// code, goes to the applicant only. The studio refuses such routes before they are published; the outbox refuses the mail
/// of a route published before the rule.
/// </summary>
public sealed class RouteMailPolicy
{
    private readonly HashSet<string> domains;

    public RouteMailPolicy(IEnumerable<string>? allowedDomains)
    {
        domains = new HashSet<string>(
            (allowedDomains ?? []).Select(Normalize).Where(d => d.Length > 0),
            StringComparer.OrdinalIgnoreCase);
        AllowedDomains = [.. domains.Order(StringComparer.Ordinal)];
    }

    /// <summary>The allowed domains, normalized (lower case, without a leading <c>@</c>); empty: the applicant only.</summary>
    public IReadOnlyList<string> AllowedDomains { get; }

    /// <summary>Whether <paramref name="address"/> is one plain address (<c>name@domain</c>, no list, no display name) in an allowed domain.</summary>
    public bool Allows(string? address)
    {
        var trimmed = address?.Trim() ?? string.Empty;
        return IsPlainAddress(trimmed) && domains.Contains(trimmed[(trimmed.IndexOf('@', StringComparison.Ordinal) + 1)..]);
    }

    /// <summary>
    /// Why the route mail to <paramref name="to"/> (empty: the applicant) with <paramref name="attachments"/> may not be sent,
    /// or null when it may: an address that is neither the applicant's nor in an allowed domain, or a receipt to anyone but
    /// the applicant. For an admin reading a failed outbox row.
    /// </summary>
    public string? Refusal(string? to, string? applicantEmail, IEnumerable<string> attachments)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        if (string.IsNullOrWhiteSpace(to) || string.Equals(to.Trim(), applicantEmail?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!Allows(to))
        {
            return $"The route mail is addressed to '{to.Trim()}', which is not the applicant's address and not in a domain allowed by "
                + $"Engine:Mail:AllowedRecipientDomains ({(AllowedDomains.Count == 0 ? "none" : string.Join(", ", AllowedDomains))}); it was not sent.";
        }

        return attachments.Any(a => string.Equals(a, Documents.DocumentKinds.Receipt, StringComparison.OrdinalIgnoreCase))
            ? $"The route mail to '{to.Trim()}' attaches the applicant's receipt, which goes to the applicant only; it was not sent."
            : null;
    }

    /// <summary>One address without display name, list separator, quotes or spaces, with a dotted domain.</summary>
    public static bool IsPlainAddress(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != address.LastIndexOf('@') || address.Length > 254)
        {
            return false;
        }

        var local = address[..at];
        var domain = address[(at + 1)..];
        return local.All(c => c is > ' ' and < (char)127 && !"\"(),:;<>[\\]".Contains(c, StringComparison.Ordinal))
            && domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.')
            && domain.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '.');
    }

    private static string Normalize(string domain) => (domain ?? string.Empty).Trim().TrimStart('@').TrimEnd('.').ToLowerInvariant();
}
