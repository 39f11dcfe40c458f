using System.Reflection;

namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// A forward-only schema script embedded in this assembly, e.g. <c>Persistence/Sqlite/Scripts/0002_outbox_index.sql</c>.
/// The number before the first underscore is its version; scripts run in version order and each runs once.
/// </summary>
public sealed record MigrationScript(int Version, string Name, string Sql)
{
    public static IReadOnlyList<MigrationScript> Load(Assembly assembly, string resourcePrefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(resourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[resourcePrefix.Length..];
            var digits = name.Split('_', 2)[0];
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration script '{resource}' does not start with a version number.");
            }

            scripts.Add(new MigrationScript(version, name, Read(assembly, resource)));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw new InvalidOperationException($"Two migration scripts share version {scripts[i].Version}.");
            }
        }

        return scripts;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded script '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
