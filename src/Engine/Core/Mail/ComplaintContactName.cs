namespace Mpp.Workflows.Engine.Mail;

/// <summary>
/// The name a service complainant gives, which the acknowledgement greets: it goes to an address nobody verified, so a name
/// that carries a link or an address would turn the mall's mail into someone else's advertisement or phishing.
/// </summary>
public static class ComplaintContactName
{
    /// <summary>The longest name taken: shorter than an applicant's, which a signed permit needs in full.</summary>
    public const int MaxLength = 100;

    // The endings of the web addresses spam uses most; a name's own abbreviations (S.Kom, Dr.) are written without them.
    private static readonly string[] WebEndings = [".com", ".net", ".org", ".id", ".co", ".io", ".ly", ".xyz", ".info", ".link", ".site", ".top", ".online", ".me", ".ru"];

    /// <summary>Whether <paramref name="name"/> reads as a person's name: no link, no address, no slash, not too long.</summary>
    public static bool LooksLikeAName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Trim();
        return text.Length <= MaxLength
            && !text.Contains('@', StringComparison.Ordinal)
            && !text.Contains('/', StringComparison.Ordinal)
            && !text.Contains('\\', StringComparison.Ordinal)
            && !text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            && !text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(IsWebAddress);
    }

    private static bool IsWebAddress(string word)
    {
        var bare = word.TrimEnd('.', ',', ';', ':', '!', '?', ')');
        return bare.IndexOf('.', StringComparison.Ordinal) > 0 && WebEndings.Any(e => bare.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
