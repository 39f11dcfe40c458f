namespace Mpp.Workflows.Testing;

/// <summary>Locations inside the repository, found from the test binaries' directory.</summary>
public static class RepoPaths
{
    private const string SolutionFile = "Mpp.Workflows.sln";

    /// <summary>The directory holding <c>Mpp.Workflows.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The regency's real routes, offices, calendars and templates.</summary>
    public static string Workflows => Path.Combine(Root, "workflows");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFile} found above {AppContext.BaseDirectory}; run the tests from a checkout of the repository.");
    }
}
