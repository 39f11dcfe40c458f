namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// The permit templates of a folder (<see cref="DocumentOptions.TemplatesDirectory"/>), one file per route named
/// <c>{route}.json</c>. Each look-up reads the file, so a template added after start-up serves the next issue (an admin
/// adds it and retries the failed permit) and the designer's publish check sees what the issuer will see.
/// </summary>
public sealed class PermitTemplateCatalog(string directory)
{
    /// <summary>The folder the templates are read from.</summary>
    public string Directory { get; } = directory;

    /// <summary>Where the template of <paramref name="route"/> is (or would be).</summary>
    public string PathOf(string route) => System.IO.Path.Combine(Directory, route + ".json");

    /// <summary>
    /// The permit template <paramref name="definition"/> issues with: the one the route keeps with itself
    /// (<see cref="PermitTemplate.FromDefinition"/>), else the folder's file for the route; null when there is neither.
    /// </summary>
    /// <exception cref="InvalidDataException">The template there is cannot be read, with the reason.</exception>
    public PermitTemplate? For(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        // A route without an id (a draft being checked) can have no template file named after it.
        return PermitTemplate.FromDefinition(definition)
            ?? (string.IsNullOrWhiteSpace(definition.DefinitionId) ? null : Find(definition.DefinitionId));
    }

    /// <summary>
    /// The template of <paramref name="route"/>; null when there is none. A file that is there but cannot be read throws
    /// <see cref="InvalidDataException"/> with the reason.
    /// </summary>
    public PermitTemplate? Find(string route)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        if (System.IO.Path.GetFileName(route) != route || route.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var path = PathOf(route);
        if (!File.Exists(path))
        {
            return null;
        }

        var template = PermitTemplate.Load(path);
        return template.Route == route
            ? template
            : throw new InvalidDataException($"Permit template '{path}' declares route '{template.Route}'; the file must be named after it.");
    }
}
