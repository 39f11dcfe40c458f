using System.Collections.Concurrent;
using Mpp.Workflows.Definitions.Json;

namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// Parsed definition versions for the runtime. A version that has been published never changes afterwards (editing
/// makes a new version), so parsed versions are cached by (definition, version) for the life of the process.
/// </summary>
public sealed class DefinitionProvider(IWorkflowStore store)
{
    private readonly ConcurrentDictionary<(string, int), WorkflowDefinition> _versions = new();

    /// <summary>The published version new applications start on, or null when there is none.</summary>
    public async Task<WorkflowDefinition?> GetPublishedAsync(string definitionId, CancellationToken cancellationToken)
    {
        var record = await store.GetDefinitionAsync(definitionId, VersionSelector.Published, cancellationToken).ConfigureAwait(false);
        return record is null ? null : _versions.GetOrAdd((record.DefinitionId, record.Version), _ => DefinitionJsonReader.Read(record.Json));
    }

    /// <summary>The version an instance runs on.</summary>
    public async Task<WorkflowDefinition> GetVersionAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        if (_versions.TryGetValue((definitionId, version), out var cached))
        {
            return cached;
        }

        var record = await store.GetDefinitionAsync(definitionId, VersionSelector.Exact(version), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Definition {definitionId} version {version} is missing from the store.");
        var definition = DefinitionJsonReader.Read(record.Json);
        // A version once published never changes (a later publish only moves the current pointer); a draft still may.
        return record.PublishedAt is not null ? _versions.GetOrAdd((definitionId, version), definition) : definition;
    }
}
