using System.Text;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// Readable ids made from the names people read: a route or step id as a kebab-case slug (<c>periksa-kelengkapan</c>), a
/// form field's key in camelCase (<c>namaAcara</c>). Letters lose their accents; anything else separates words.
/// </summary>
public static class Slugs
{
    /// <summary>The longest id a slug makes.</summary>
    public const int MaxLength = 48;

    /// <summary>Whether <paramref name="id"/> is a kebab-case slug: lower-case letters and digits in words joined by single dashes.</summary>
    public static bool IsSlug(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxLength && id.Split('-').All(w => w.Length > 0 && w.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9'));

    /// <summary><c>Periksa kelengkapan berkas</c> → <c>periksa-kelengkapan-berkas</c>; empty when the name has no letter or digit.</summary>
    public static string Kebab(string? name) => Trim(string.Join('-', Words(name).Select(w => w.ToLowerInvariant())), '-');

    /// <summary><c>Nama acara</c> → <c>namaAcara</c>; a key never starts with a digit (<c>isian1</c>); empty without letters or digits.</summary>
    public static string Camel(string? label)
    {
        var words = Words(label).ToList();
        var key = string.Concat(words.Select((w, i) => i == 0 ? w.ToLowerInvariant() : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
        if (key.Length > 0 && char.IsDigit(key[0]))
        {
            key = "isian" + key;
        }

        return key.Length > MaxLength ? key[..MaxLength] : key;
    }

    /// <summary><paramref name="stem"/>, or <c>stem-2</c>, <c>stem-3</c>, … (<c>stem2</c> with no separator) until one is free.</summary>
    public static string Unique(string stem, Func<string, bool> taken, string separator = "-")
    {
        ArgumentNullException.ThrowIfNull(taken);
        if (!taken(stem))
        {
            return stem;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{stem}{separator}{n.ToString(CultureInfo.InvariantCulture)}";
            if (!taken(candidate))
            {
                return candidate;
            }
        }
    }

    private static IEnumerable<string> Words(string? text)
    {
        var plain = new StringBuilder();
        foreach (var c in (text ?? string.Empty).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' ? c : ' ');
        }

        return plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Trim(string slug, char separator)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var cut = slug[..MaxLength];
        return cut.LastIndexOf(separator) is > 0 and var at ? cut[..at] : cut;
    }
}
