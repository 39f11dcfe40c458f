
namespace Mpp.Workflows.Engine.Reading;

/// <summary>Stored definitions as the designer and the home page read them: the list, and one version's JSON document.</summary>
public interface IDefinitionReader
{
    /// <summary>Every definition with its latest and published version.</summary>
    Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The routes the public may see (ever published) by id, named as the version in force or the last published one; public
    /// boards name and accept services only through this, never through the latest version, which may be an unpublished draft.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> PublicNamesAsync(CancellationToken cancellationToken);

    /// <summary>One version of a definition as stored; null when the definition or the version is unknown.</summary>
    Task<DefinitionRecord?> GetAsync(string definitionId, VersionSelector selector, CancellationToken cancellationToken);
}
