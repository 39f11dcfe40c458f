namespace Mpp.Workflows.Designer.Seeding;

/// <summary>
/// Finds the repository's <c>workflows/</c> folder (routes and offices): <c>Workflows:Directory</c> when set (relative to
/// the current directory), otherwise the nearest <c>workflows/</c> above the current directory or the binaries, so the host
/// finds it wherever in the checkout it is started.
/// </summary>
internal static class WorkflowsDirectory
{
    public const string ConfigurationKey = "Workflows:Directory";
    public const string OfficesFile = "offices.json";

    public static string? Locate(IConfiguration configuration)
    {
        if (configuration[ConfigurationKey] is { Length: > 0 } configured)
        {
            var path = Path.GetFullPath(configured);
            return Directory.Exists(path) ? path : null;
        }

        return new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            .Select(WalkUp)
            .FirstOrDefault(found => found is not null);
    }

    private static string? WalkUp(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "workflows");
            if (File.Exists(Path.Combine(candidate, OfficesFile)))
            {
                return candidate;
            }
        }

        return null;
    }
}
