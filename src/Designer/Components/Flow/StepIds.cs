using Blazor.Diagrams;
using Mpp.Workflows.Designer.Definitions;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// Step ids as people read them: made from the step's name as a slug (<c>periksa-kelengkapan</c>), unique in the route,
/// and renamed with the name while they still follow it. Connections name the nodes' ids, so a rename carries them along.
/// </summary>
public static class StepIds
{
    /// <summary>The slug of <paramref name="name"/> (or <c>langkah</c>), numbered when another step has it.</summary>
    public static string FromName(BlazorDiagram diagram, string? name, ActivityNodeModel? except = null)
    {
        var stem = Slugs.Kebab(name);
        return Slugs.Unique(stem.Length == 0 ? "langkah" : stem, id => Taken(diagram, id, except));
    }

    /// <summary>Whether <paramref name="id"/> is the one made from <paramref name="name"/> (perhaps numbered): it follows the name.</summary>
    public static bool FollowsName(string id, string? name)
    {
        var stem = Slugs.Kebab(name);
        return stem.Length > 0 && (id == stem || (id.StartsWith(stem + "-", StringComparison.Ordinal) && id[(stem.Length + 1)..].All(char.IsAsciiDigit)));
    }

    /// <summary>Gives <paramref name="node"/> the id <paramref name="id"/>; returns why not (not a slug, or taken), or null.</summary>
    public static string? Rename(BlazorDiagram diagram, ActivityNodeModel node, string? id)
    {
        ArgumentNullException.ThrowIfNull(node);
        id = id?.Trim() ?? string.Empty;
        if (id == node.ActivityId)
        {
            return null;
        }

        if (!Slugs.IsSlug(id))
        {
            return Texts.StepIdRule(Slugs.MaxLength);
        }

        if (Taken(diagram, id, node))
        {
            return Texts.StepIdTaken(id);
        }

        node.ActivityId = id;
        node.Activity["id"] = id;
        return null;
    }

    private static bool Taken(BlazorDiagram diagram, string id, ActivityNodeModel? except) =>
        diagram.Nodes.OfType<ActivityNodeModel>().Any(n => n != except && string.Equals(n.ActivityId, id, StringComparison.Ordinal));
}
