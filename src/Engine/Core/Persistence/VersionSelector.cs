namespace Mpp.Workflows.Engine.Persistence;

/// <summary>Which version of a definition to read: a number, the latest, or the published one.</summary>
public readonly record struct VersionSelector(int? Number, bool PublishedOnly)
{
    public static VersionSelector Latest => new(null, false);

    public static VersionSelector Published => new(null, true);

    public static VersionSelector Exact(int version) => new(version, false);
}
