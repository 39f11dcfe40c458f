using System.Text.RegularExpressions;

namespace Mpp.Workflows.Definitions.Json;

/// <summary>Builds the JSON paths used in format and validation messages (<c>$.root.activities[3].outcomes</c>).</summary>
internal static partial class JsonPaths
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        PlainName().IsMatch(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex PlainName();
}
