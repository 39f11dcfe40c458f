using System.Text.RegularExpressions;

namespace Mpp.Workflows.Definitions.Json;

/// <summary>Builds the JSON paths used in format and validation messages (<c>$.root.activities[3].outcomes</c>).</summary>
internal static partial class JsonPaths
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        PlainName().IsMatch(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>The index right after <paramref name="parent"/> in <paramref name="path"/> (<c>$.a[3].b</c> after <c>$.a</c> is 3), or null.</summary>
    public static int? IndexAfter(string path, string parent)
    {
        if (!path.StartsWith(parent + "[", StringComparison.Ordinal))
        {
            return null;
        }

        var close = path.IndexOf(']', parent.Length);
        return close > 0 && int.TryParse(path.AsSpan(parent.Length + 1, close - parent.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index : null;
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex PlainName();
}
