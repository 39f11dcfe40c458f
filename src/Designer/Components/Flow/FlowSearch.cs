namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>Finds steps by the name analysts read (or their id), ignoring case and accents, in canvas order.</summary>
public static class FlowSearch
{
    public static IReadOnlyList<ActivityNodeModel> Find(IEnumerable<ActivityNodeModel> nodes, string? query)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var wanted = Fold(query);
        if (wanted.Length == 0)
        {
            return [];
        }

        return [.. nodes.Where(n => Fold(n.Label).Contains(wanted, StringComparison.Ordinal) || Fold(n.ActivityId).Contains(wanted, StringComparison.Ordinal))];
    }

    /// <summary>Lower case without diacritics and surrounding spaces ("Pemeriksaan Berkas" and "pemeriksaan" meet).</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray();
        return new string(kept).Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }
}
