namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// A holder's name as verification shows it without the check code: the first letter of each word and three stars
/// (<c>dr. Sari Wulandari</c> → <c>d*** S*** W***</c>). Enough to see that a document names the person in front of you,
/// too little to learn who holds a document; the stars do not give away the length of a word.
/// </summary>
public static class HolderMask
{
    public static string Mask(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => StringInfo.GetNextTextElementLength(word) is var first and > 0 ? word[..first] + "***" : "***");
        var masked = string.Join(' ', words);
        return masked.Length > 0 ? masked : "***";
    }
}
