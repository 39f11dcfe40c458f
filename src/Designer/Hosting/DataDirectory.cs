namespace Mpp.Workflows.Designer.Hosting;

/// <summary>
/// Where the host keeps its files (<c>DataDirectory</c>, default <c>./data</c>): the SQLite database, data protection keys,
/// mail pickup, certificates. A relative path is taken from the current directory, like any path an operator types.
/// </summary>
internal static class DataDirectory
{
    public const string ConfigurationKey = "DataDirectory";

    public static string Resolve(IConfiguration configuration)
    {
        var configured = configuration[ConfigurationKey];
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A sub-folder of the data directory, created on first use.</summary>
    public static string Resolve(IConfiguration configuration, string child)
    {
        var path = Path.Combine(Resolve(configuration), child);
        Directory.CreateDirectory(path);
        return path;
    }
}
