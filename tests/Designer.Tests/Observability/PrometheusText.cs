using System.Text.RegularExpressions;

namespace Mpp.Workflows.Designer.Tests.Observability;

/// <summary>The samples of a Prometheus text exposition: <c>name{label="value",…} number</c> per line.</summary>
public sealed partial class PrometheusText(string text)
{
    public string Text { get; } = text;

    public IReadOnlyList<Sample> Samples { get; } = [.. text.Split('\n')
        .Where(line => line.Length > 0 && line[0] != '#')
        .Select(line => SampleLine().Match(line))
        .Where(match => match.Success)
        .Select(match => new Sample(
            match.Groups["name"].Value,
            LabelPair().Matches(match.Groups["labels"].Value).ToDictionary(l => l.Groups[1].Value, l => l.Groups[2].Value, StringComparer.Ordinal),
            double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture)))];

    /// <summary>The samples of <paramref name="name"/> whose labels include every one of <paramref name="labels"/>.</summary>
    public IReadOnlyList<Sample> Of(string name, params (string Label, string Value)[] labels) =>
        [.. Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value))];

    /// <summary>The sum of <see cref="Of"/>'s values; 0 when there is no such sample.</summary>
    public double Sum(string name, params (string Label, string Value)[] labels) => Of(name, labels).Sum(s => s.Value);

    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)")]
    private static partial Regex SampleLine();

    [GeneratedRegex("""([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*,?""")]
    private static partial Regex LabelPair();
}
