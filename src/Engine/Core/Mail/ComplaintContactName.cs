namespace Mpp.Workflows.Engine.Mail;

/// <summary>
/// The name a service complainant gives, which the acknowledgement greets: it goes to an address nobody verified, so a name
/// that carries a link, an address or a number to call would turn the mall's mail into someone else's advertisement or
/// phishing. A name is letters and spaces with the marks names and titles use (<c>Dr. H. Ahmad Fauzi, S.Kom., M.Kes.</c>,
/// <c>Ni Luh Putu O'Neil-Sari</c>); anything else — a digit, a quote, a bracket, a non-breaking or wide space — is refused
/// rather than judged. Words joined by a dot are a web address when a part after a dot starts in lower case (<c>toko.shop</c>)
/// or is a common web ending in any case (<c>Toko.COM</c>); a title's parts start with a capital (<c>S.Kom</c>, <c>Sp.PD</c>).
/// </summary>
public static class ComplaintContactName
{
    /// <summary>The longest name taken: shorter than an applicant's, which a signed permit needs in full.</summary>
    public const int MaxLength = 100;

    /// <summary>Whether <paramref name="name"/> reads as a person's name: no link, no address, no number, not too long.</summary>
    public static bool LooksLikeAName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Trim();
        return text.Length is > 0 and <= MaxLength
            && text.All(c => char.IsLetter(c) || c is ' ' or '.' or ',' or '\'' or '-' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            && !text.Split([' ', ',', '\'', '-'], StringSplitOptions.RemoveEmptyEntries).Any(IsWebAddress);
    }

    // Endings a capitalised spam link would use; none is the part of an Indonesian title after its dot.
    private static readonly HashSet<string> WebEndings = new(
        ["com", "net", "org", "id", "co", "io", "ly", "xyz", "info", "link", "site", "top", "online", "me", "ru", "biz", "shop", "app", "club", "store", "vip"],
        StringComparer.OrdinalIgnoreCase);

    private static bool IsWebAddress(string word) =>
        word.Split('.').Skip(1).Any(part => part.Length > 0 && (char.IsLower(part[0]) || WebEndings.Contains(part)));
}
