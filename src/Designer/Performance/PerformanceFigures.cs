namespace Mpp.Workflows.Designer.Performance;

/// <summary>The figures' names in queries: the camelCase of <see cref="PerformanceFigure"/>, as the JSON names the counts.</summary>
internal static class PerformanceFigures
{
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<PerformanceFigure>().Select(Name)];

    public static string Name(PerformanceFigure figure) => JsonNamingPolicy.CamelCase.ConvertName(figure.ToString());

    public static bool TryParse(string? text, out PerformanceFigure figure)
    {
        foreach (var candidate in Enum.GetValues<PerformanceFigure>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                figure = candidate;
                return true;
            }
        }

        figure = default;
        return false;
    }
}
