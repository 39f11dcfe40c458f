using System.Text.RegularExpressions;
using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// Places validation errors on the canvas: an error whose path is <c>$.root.activities[i]…</c> belongs to the i-th activity
/// of the document, which is the i-th node in canvas order.
/// </summary>
public static partial class ActivityErrors
{
    /// <summary>The activity index a path points into, or null for errors of the route as a whole.</summary>
    public static int? IndexOf(string path) =>
        ActivityPath().Match(path) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>The errors of activity <paramref name="index"/>, keyed by the rest of their path (the input they concern).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Of(IEnumerable<ValidationError> errors, int index) =>
        [.. errors
            .Select(e => (Error: e, Match: ActivityPath().Match(e.Path)))
            .Where(x => x.Match.Success && int.Parse(x.Match.Groups[1].Value, CultureInfo.InvariantCulture) == index)
            .Select(x => new KeyValuePair<string, string>(x.Match.Groups[2].Value, x.Error.Message))];

    /// <summary>
    /// Sets each node's error marks. Errors are grouped by activity once, and only nodes whose marks changed are re-rendered:
    /// refreshing all of them on every edit made a large route's canvas redraw itself whole.
    /// </summary>
    public static void Mark(IReadOnlyList<ActivityNodeModel> order, IEnumerable<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(order);
        var byActivity = errors.Select(e => (e.Message, Index: IndexOf(e.Path))).Where(x => x.Index is not null)
            .ToLookup(x => x.Index!.Value, x => x.Message);
        foreach (var (node, i) in order.Select((node, i) => (node, i)))
        {
            var marks = byActivity[i].ToList();
            if (!marks.SequenceEqual(node.Errors, StringComparer.Ordinal))
            {
                node.Errors = marks;
                node.Refresh();
            }
        }
    }

    [GeneratedRegex(@"^\$\.root\.activities\[(\d+)\](.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ActivityPath();
}
