namespace Mpp.Workflows.Designer.Hosting;

/// <summary>
/// Where the host keeps its files (<c>DataDirectory</c>, default <c>./data</c>): the SQLite database, data protection keys,
/// mail pickup, certificates. A relative path is taken from the content root.
/// </summary>
internal static class DataDirectory
{
    public const string ConfigurationKey = "DataDirectory";

    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[ConfigurationKey];
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured, environment.ContentRootPath);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A sub-folder of the data directory, created on first use.</summary>
    public static string Resolve(IConfiguration configuration, IHostEnvironment environment, string child)
    {
        var path = Path.Combine(Resolve(configuration, environment), child);
        Directory.CreateDirectory(path);
        return path;
    }
}
