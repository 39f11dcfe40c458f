using System.Text.RegularExpressions;

namespace Mpp.Workflows.Designer.Components.Shared;

/// <summary>
/// A file field's own help beside the system's rule on types and size: written as a sentence of its own, and left out when
/// it only names the types the rule already names ("PDF, JPG atau PNG").
/// </summary>
public static partial class FileHelp
{
    /// <summary><paramref name="description"/> ending as a sentence, or null when it is empty or only lists file types.</summary>
    public static string? Sentence(string? description)
    {
        if (string.IsNullOrWhiteSpace(description) || OnlyTypes().IsMatch(description))
        {
            return null;
        }

        var text = description.Trim();
        return text[^1] is '.' or '!' or '?' ? text : text + ".";
    }

    [GeneratedRegex(@"^[\s,./;:()-]*(?:(?:pdf|jpe?g|png|atau|dan|or|and|format|berkas|file)[\s,./;:()-]*)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnlyTypes();
}
