using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// The result of reading and validating a definition document. <see cref="Definition"/> is null when the document is not
/// a definition at all (wrong shape); otherwise <see cref="Errors"/> lists what the validator found.
/// </summary>
internal sealed record DefinitionCheck(WorkflowDefinition? Definition, IReadOnlyList<ValidationError> Errors)
{
    public bool IsValid => Definition is not null && Errors.Count == 0;

    /// <summary>What the analyst should look at although the route may be published (<see cref="ServiceChecks"/>).</summary>
    public IReadOnlyList<ValidationError> Warnings { get; init; } = [];

    /// <summary>The errors as a problem-details <c>errors</c> map: JSON path → messages.</summary>
    public Dictionary<string, string[]> ErrorMap() =>
        Errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
}
